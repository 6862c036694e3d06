/**
 * How a run can be started: the form, a chat with the guide, a voice call, the command line, or an outside
 * AI agent through MCP.
 */
export const RUN_CHANNELS = ['form', 'chat', 'voice', 'cli', 'mcp'] as const;

/** How a run was started (see RUN_CHANNELS). */
export type RunChannel = (typeof RUN_CHANNELS)[number];
