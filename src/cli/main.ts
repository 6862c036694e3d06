#!/usr/bin/env node
import 'dotenv/config';
import { Command, Option } from 'commander';
import { ConfigError } from '../config/config.js';
import { evalRetrievalCommand } from './commands/eval-retrieval.js';
import { extractCommand } from './commands/extract.js';
import { exportCommand } from './commands/export.js';
import { mcpCommand } from './commands/mcp.js';
import { migrateCommand } from './commands/migrate.js';
import { runCommand } from './commands/run.js';
import { serveCommand } from './commands/serve.js';
import { testCommand } from './commands/test.js';
import { userCreateCommand } from './commands/user.js';
import { validateCommand } from './commands/validate.js';
import { voiceWorkerCommand } from './commands/voice-worker.js';

/** The `guidepost` command line. Each command module does its own I/O and sets the exit code. */
const program = new Command()
  .name('guidepost')
  .description('Guidepost: AI sidekicks and agent-guided wizards')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the HTTP API on HOST:PORT (default 127.0.0.1:3000)')
  .action(serveCommand);

program
  .command('run')
  .description('fill a wizard by talking to its guide in the terminal; the run is stored in the database')
  .argument('<wizard>', 'a wizard slug (e.g. create-a-sidekick) or a wizard file (.json)')
  .option('--transcript <file>', 'replay user lines from a file (one per line) instead of asking')
  .option('--json', 'print one JSON object {"run_id","status","values"} as the last line of stdout')
  .addOption(new Option('--brain <kind>', 'the guide brain').choices(['embedded', 'llm', 'hybrid']))
  .option('--reference-date <date>', 'the date relative dates resolve against (YYYY-MM-DD; default today)')
  .action(runCommand);

program
  .command('mcp')
  .description("serve the tenant's published wizards as MCP tools over stdio, for another AI agent")
  .option('--tenant <id>', 'the tenant whose wizards to serve', 'default')
  .action(mcpCommand);

program
  .command('voice-worker')
  .description(
    'run the LiveKit agent workers of the guide (wizard-guide-agent) and of sidekick calls (sidekick-agent)',
  )
  .action(voiceWorkerCommand);

program
  .command('extract')
  .description('predict field values for evaluation cases (see shared/eval/FORMAT.md)')
  .requiredOption('--cases <file>', 'cases, JSONL')
  .requiredOption('--out <file>', 'predictions, JSONL')
  .action(extractCommand);

program
  .command('eval')
  .description('evaluate the guide and the knowledge base on shared evaluation sets')
  .command('retrieval')
  .description("index passages with the knowledge base and write each question's ranked passage ids")
  .requiredOption('--passages <file>', 'passages {id, title, text}, JSONL')
  .requiredOption('--queries <file>', 'questions {id, question}, JSONL')
  .requiredOption('--out <file>', 'predictions {id, ranked}, JSONL')
  .option('--depth <n>', 'passages to rank per question', '10')
  .action(evalRetrievalCommand);

program
  .command('test')
  .description('replay test conversations with the embedded guide and check the values they end with')
  .argument('<wizard>', 'a built-in wizard slug or a wizard file (.json)')
  .requiredOption('--conversations <dir>', 'a folder of NAME.txt + NAME.expected.json conversations')
  .option('--reference-date <date>', 'the date relative dates resolve against (YYYY-MM-DD; default today)')
  .action(testCommand);

program
  .command('validate')
  .description('check a wizard file and list every problem')
  .argument('<file>', 'a wizard file (.json)')
  .action(validateCommand);

program
  .command('export')
  .description('print a wizard as a wizard file (its latest published version)')
  .argument('<slug>', 'the wizard slug')
  .action(exportCommand);

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
  .action(userCreateCommand);

program.command('migrate').description('apply database migrations').action(migrateCommand);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`guidepost: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
