/** Types of the one module of @modelcontextprotocol/server-everything the tests import (it ships none). */
declare module '@modelcontextprotocol/server-everything/dist/server/index.js' {
  import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
  /** A new "everything" MCP server (tools echo, get-sum, …) and the cleanup of one session. */
  export function createServer(): { server: McpServer; cleanup: (sessionId?: string) => void };
}
