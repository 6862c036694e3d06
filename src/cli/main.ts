#!/usr/bin/env node
import 'dotenv/config';
import { Command, Option } from 'commander';
import { ConfigError } from '../config/config.js';

/**
 * A command's action, imported when that command runs: `guidepost run` never loads the voice worker's
 * LiveKit, the server or the knowledge parsers it does not use (start-up time and memory).
 */
function lazy<M extends Record<K, (...args: never[]) => Promise<void>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): (...args: Parameters<M[K]>) => Promise<void> {
  return async (...args) => (await load())[name](...args);
}

/** The `guidepost` command line. Each command module does its own I/O and sets the exit code. */
const program = new Command()
  .name('guidepost')
  .description('Guidepost: AI sidekicks and agent-guided wizards')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the HTTP API on HOST:PORT (default 127.0.0.1:3000)')
  .action(lazy(() => import('./commands/serve.js'), 'serveCommand'));

program
  .command('run')
  .description('fill a wizard by talking to its guide in the terminal; the run is stored in the database')
  .argument('<wizard>', 'a wizard slug (e.g. create-a-sidekick) or a wizard file (.json)')
  .option('--transcript <file>', 'replay user lines from a file (one per line) instead of asking')
  .option('--json', 'print one JSON object {"run_id","status","values"} as the last line of stdout')
  .addOption(new Option('--brain <kind>', 'the guide brain').choices(['embedded', 'llm', 'hybrid']))
  .option('--reference-date <date>', 'the date relative dates resolve against (YYYY-MM-DD; default today)')
  .action(lazy(() => import('./commands/run.js'), 'runCommand'));

program
  .command('mcp')
  .description("serve the tenant's published wizards as MCP tools over stdio, for another AI agent")
  .option('--tenant <id>', 'the tenant whose wizards to serve', 'default')
  .action(lazy(() => import('./commands/mcp.js'), 'mcpCommand'));

program
  .command('voice-worker')
  .description(
    'run the LiveKit agent workers of the guide (wizard-guide-agent) and of sidekick calls (sidekick-agent)',
  )
  .action(lazy(() => import('./commands/voice-worker.js'), 'voiceWorkerCommand'));

program
  .command('extract')
  .description('predict field values for evaluation cases (see shared/eval/FORMAT.md)')
  .requiredOption('--cases <file>', 'cases, JSONL')
  .requiredOption('--out <file>', 'predictions, JSONL')
  .action(lazy(() => import('./commands/extract.js'), 'extractCommand'));

program
  .command('eval')
  .description('evaluate the guide and the knowledge base on shared evaluation sets')
  .command('retrieval')
  .description("index passages with the knowledge base and write each question's ranked passage ids")
  .requiredOption('--passages <file>', 'passages {id, title, text}, JSONL')
  .requiredOption('--queries <file>', 'questions {id, question}, JSONL')
  .requiredOption('--out <file>', 'predictions {id, ranked}, JSONL')
  .option('--depth <n>', 'passages to rank per question', '10')
  .action(lazy(() => import('./commands/eval-retrieval.js'), 'evalRetrievalCommand'));

program
  .command('test')
  .description('replay test conversations with the embedded guide and check the values they end with')
  .argument('<wizard>', 'a built-in wizard slug or a wizard file (.json)')
  .option(
    '--conversations <dir>',
    "a folder of NAME.txt + NAME.expected.json conversations (the wizard's own tests always run)",
  )
  .option('--reference-date <date>', 'the date relative dates resolve against (YYYY-MM-DD; default today)')
  .action(lazy(() => import('./commands/test.js'), 'testCommand'));

program
  .command('validate')
  .description('check a wizard file and list every problem')
  .argument('<file>', 'a wizard file (.json)')
  .action(lazy(() => import('./commands/validate.js'), 'validateCommand'));

program
  .command('export')
  .description('print a wizard as a wizard file (its latest published version)')
  .argument('<slug>', 'the wizard slug')
  .action(lazy(() => import('./commands/export.js'), 'exportCommand'));

program
  .command('user')
  .description('manage accounts')
  .command('create')
  .description('create an account (the first one becomes superadmin and owner of the default tenant)')
  .requiredOption('--email <email>', 'the e-mail address to sign in with')
  .requiredOption('--password <password>', 'at least 10 characters')
  .option('--name <name>', 'the display name (default: the part of the email before @)')
  .option('--superadmin', 'make the account a superadmin')
  .option('--tenant <id>', 'the existing tenant to join', 'default')
  .addOption(
    new Option('--role <role>', 'the role in the tenant')
      .choices(['owner', 'admin', 'member'])
      .default('owner'),
  )
  .action(lazy(() => import('./commands/user.js'), 'userCreateCommand'));

program
  .command('migrate')
  .description('apply database migrations')
  .action(lazy(() => import('./commands/migrate.js'), 'migrateCommand'));

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`guidepost: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
