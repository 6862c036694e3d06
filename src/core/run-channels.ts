/** How a run can be started: the form, a chat with the guide, a voice call, or the command line. */
export const RUN_CHANNELS = ['form', 'chat', 'voice', 'cli'] as const;

/** How a run was started (see RUN_CHANNELS). */
export type RunChannel = (typeof RUN_CHANNELS)[number];
