import { z } from 'zod';
import { BrainKindSchema } from '../core/wizard/definition.js';

/**
 * Guidepost's configuration, read from environment variables (and `.env`) and validated at start-up.
 * A missing or bad value stops start-up with a message that names the variable.
 */
export const ConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL, e.g. postgres://user@127.0.0.1:5432/guidepost')
    .optional(),
  GUIDEPOST_DATA_DIR: z.string().min(1).default('./data'),
  GUIDEPOST_BRAIN: BrainKindSchema.default('embedded'),
  GUIDEPOST_DEFAULT_REGION: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as US or GB')
    .optional(),
  GUIDEPOST_LLM_PROVIDER: z.enum(['openai', 'anthropic', 'openai-compatible']).optional(),
  GUIDEPOST_LLM_MODEL: z.string().min(1).optional(),
  GUIDEPOST_LLM_API_KEY: z.string().min(1).optional(),
  GUIDEPOST_LLM_BASE_URL: z.string().url().optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

/** A configuration problem; its message names every bad variable. */
export class ConfigError extends Error {
  readonly isConfigError = true;
  constructor(readonly problems: Array<{ variable: string; message: string }>) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the configuration from an environment. Empty strings count as unset. Throws ConfigError naming
 * each bad variable; an LLM brain without GUIDEPOST_LLM_PROVIDER and GUIDEPOST_LLM_MODEL is an error too.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success)
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message })));
  const config = parsed.data;
  if (config.GUIDEPOST_BRAIN !== 'embedded') {
    const missing = (['GUIDEPOST_LLM_PROVIDER', 'GUIDEPOST_LLM_MODEL'] as const).filter((k) => !config[k]);
    if (missing.length > 0)
      throw new ConfigError(
        missing.map((variable) => ({ variable, message: `is required when GUIDEPOST_BRAIN is ${config.GUIDEPOST_BRAIN}` })),
      );
  }
  return config;
}
