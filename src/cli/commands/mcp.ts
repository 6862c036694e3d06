import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createWizardMcpServer } from '../../mcp/wizard-server.js';
import { withRuntime } from '../context.js';

/** Options of `guidepost mcp`. */
export interface McpOptions {
  /** The tenant whose published wizards are served (default `default`). */
  tenant: string;
}

/**
 * `guidepost mcp`: serves the tenant's published wizards as MCP tools over stdio (see createWizardMcpServer),
 * for an AI agent that starts this command (Claude Desktop, an IDE, an agent framework). Runs go through the
 * process's run service: webhooks are delivered and servers on the same database show them live. Stdout
 * carries the protocol only; messages go to stderr. Ends when the client closes the connection.
 */
export async function mcpCommand(options: McpOptions): Promise<void> {
  await withRuntime(async (runtime) => {
    const server = await createWizardMcpServer({
      db: runtime.database.db,
      runs: runtime.runs,
      tenantId: options.tenant,
    });
    const closed = new Promise<void>((resolve) => {
      server.server.onclose = () => resolve();
    });
    await server.connect(new StdioServerTransport());
    // The SDK's stdio transport does not watch for the end of its input: a client that goes away ends it.
    process.stdin.once('end', () => void server.close());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close());
    console.error(`guidepost mcp: serving the wizards of tenant "${options.tenant}" over stdio`);
    await closed;
  });
}
