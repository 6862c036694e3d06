import { z } from 'zod';
import { McpServersSchema } from '../core/actions/mcp-servers.js';
import { BrainKindSchema } from '../core/wizard/definition.js';
import { llmConfigFromEnv, LlmConfigError, type LlmConfig } from '../guide/llm/provider.js';
import { VoiceConfigShape } from './voice.js';

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
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted request body, in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /**
   * Key material for encrypting secrets at rest (AES-256-GCM) and signing sessions: at least 32 characters.
   * When unset, one is generated on first start and kept in GUIDEPOST_DATA_DIR/app-secret.
   */
  APP_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)')
    .optional(),
  /** The URL people reach Guidepost at, for links in webhooks and e-mails; default http://HOST:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** Deliver webhooks to private, loopback and link-local addresses too (tests, local development). */
  GUIDEPOST_WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  /**
   * Let API configurations (`api_call` actions) reach private, loopback and link-local addresses (tests, local
   * development). Separate from webhooks: an action's answer is shown to the run, so it reads what it reaches.
   */
  GUIDEPOST_ACTIONS_ALLOW_PRIVATE: z.stringbool().default(false),
  /** First webhook retry delay in ms; it doubles each retry (with jitter, capped at 1 h) for 24 h. */
  GUIDEPOST_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a webhook receiver may take to answer, in ms. */
  GUIDEPOST_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How often idle queue workers poll for jobs, in seconds (at least 0.5). */
  GUIDEPOST_QUEUE_POLL_SECONDS: z.coerce.number().min(0.5).default(2),
  /**
   * Run starts (`POST /api/v1/runs`) allowed per caller (signed-in user, else client address) per minute;
   * more get 429 with Retry-After.
   */
  GUIDEPOST_RATE_LIMIT_RUN_STARTS: z.coerce.number().int().positive().default(60),
  /**
   * Public wizard pages (`GET /w/<tenant>/<wizard>`) allowed per client address per minute; more get 429. Views
   * are counted once per visitor per wizard per UTC day whatever this limit.
   */
  GUIDEPOST_RATE_LIMIT_PUBLIC_PAGES: z.coerce.number().int().positive().default(60),
  /** How often the abandonment sweep looks for idle runs (wizard setting `abandon_after_minutes`), in seconds. */
  GUIDEPOST_ABANDON_SWEEP_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  /**
   * How long after a visitor leaves a public wizard page with an unfinished run that holds an email address the
   * resume link is emailed (once per run, only if they did not come back), in seconds.
   */
  GUIDEPOST_RESUME_EMAIL_DELAY_SECONDS: z.coerce
    .number()
    .min(0)
    .max(7 * 86_400)
    .default(1800),
  /** Guide messages (`POST /api/v1/runs/:id/messages`) allowed per caller per minute; more get 429. */
  GUIDEPOST_RATE_LIMIT_MESSAGES: z.coerce.number().int().positive().default(120),
  /**
   * MCP servers the operator offers to `mcp_call` actions: a JSON array of `{id, name, transport: "stdio",
   * command, args, env?, timeout_ms?}` or `{id, name, transport: "http", url, headers?, timeout_ms?}`.
   */
  GUIDEPOST_MCP_SERVERS: McpServersSchema.default([]),
  /** MCP requests (`/mcp`) allowed per API key per minute; more get 429. */
  GUIDEPOST_RATE_LIMIT_MCP: z.coerce.number().int().positive().default(600),
  /** Value changes (`PATCH /api/v1/runs/:id/values`) allowed per run per minute; more get 429. */
  GUIDEPOST_RATE_LIMIT_VALUES: z.coerce.number().int().positive().default(240),
  /** Value changes (`PATCH /api/v1/runs/:id/values`) allowed per client address per minute, all runs together. */
  GUIDEPOST_RATE_LIMIT_VALUES_PER_IP: z.coerce.number().int().positive().default(1200),
  /** File uploads (`POST /api/v1/runs/:id/files`) allowed per caller per minute; more get 429. */
  GUIDEPOST_RATE_LIMIT_UPLOADS: z.coerce.number().int().positive().default(30),
  /**
   * Largest file accepted by `POST /api/v1/runs/:id/files`, in bytes (default 10 MB); larger ones get 413.
   * The bytes are stored in the database, so keep this modest.
   */
  GUIDEPOST_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(10_485_760),
  /** Largest knowledge-base document (upload or imported page), in bytes (default 20 MiB); larger ones get 413. */
  GUIDEPOST_KNOWLEDGE_MAX_BYTES: z.coerce.number().int().positive().default(20_971_520),
  /**
   * The embedding model of knowledge-base vector search, on the LLM provider (GUIDEPOST_LLM_PROVIDER `openai` or
   * `openai-compatible`), e.g. `text-embedding-3-small` or `nomic-embed-text`. Unset: full-text search only.
   */
  GUIDEPOST_EMBEDDING_MODEL: z.string().trim().min(1).optional(),
  /** Sign-in attempts (`POST /api/v1/auth/sign-in`) allowed per client address and email per minute. */
  GUIDEPOST_RATE_LIMIT_SIGN_IN: z.coerce.number().int().positive().default(10),
  /** Sign-ups (`POST /api/v1/auth/sign-up`) allowed per client address per minute; more get 429. */
  GUIDEPOST_RATE_LIMIT_SIGN_UP: z.coerce.number().int().positive().default(10),
  /**
   * The built web app (`npm run build:web` output) served at `/`; relative paths are resolved against the
   * working directory. Default: `dist/web` in the Guidepost checkout.
   */
  GUIDEPOST_WEB_DIR: z.string().min(1).optional(),
  /** SMTP server for email notifications (completion emails, resume links); unset: no email is sent. */
  SMTP_HOST: z.string().min(1).optional(),
  /** SMTP port; default 587 (465 when SMTP_SECURE is true). */
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Connect with TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  SMTP_SECURE: z.stringbool().default(false),
  /** SMTP user name; with SMTP_PASSWORD. */
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The From of every email, e.g. `Guidepost <no-reply@example.com>`; required with SMTP_HOST. */
  SMTP_FROM: z
    .string()
    .regex(
      /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
      'must be an address, e.g. Guidepost <no-reply@example.com>',
    )
    .optional(),
  GUIDEPOST_BRAIN: BrainKindSchema.default('embedded'),
  GUIDEPOST_DEFAULT_REGION: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as US or GB')
    .optional(),
  /** LiveKit and the voice providers (see VoiceConfigShape). */
  ...VoiceConfigShape,
});

/** The validated configuration: the variables above, plus the LLM settings (GUIDEPOST_LLM_*), or null. */
export type Config = z.infer<typeof ConfigSchema> & { llm: LlmConfig | null };

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
 * each bad variable; an `llm` or `hybrid` brain without GUIDEPOST_LLM_PROVIDER is an error too.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message })),
    );
  let llm: LlmConfig | null;
  try {
    llm = llmConfigFromEnv(cleaned);
  } catch (error) {
    if (!(error instanceof LlmConfigError)) throw error;
    throw new ConfigError(
      error.message
        .split('\n')
        .map((line) => line.trim().match(/^(GUIDEPOST_\w+): (.*)$/))
        .filter((m): m is RegExpMatchArray => m !== null)
        .map((m) => ({ variable: m[1]!, message: m[2]! })),
    );
  }
  const smtp = smtpProblems(parsed.data);
  if (smtp.length > 0) throw new ConfigError(smtp);
  if (parsed.data.GUIDEPOST_BRAIN !== 'embedded' && !llm)
    throw new ConfigError([
      {
        variable: 'GUIDEPOST_LLM_PROVIDER',
        message: `is required when GUIDEPOST_BRAIN is ${parsed.data.GUIDEPOST_BRAIN}`,
      },
    ]);
  return { ...parsed.data, llm };
}

/** The SMTP settings that only make sense together: SMTP_FROM with SMTP_HOST, SMTP_USER with SMTP_PASSWORD. */
function smtpProblems(c: z.infer<typeof ConfigSchema>): Array<{ variable: string; message: string }> {
  const problems: Array<{ variable: string; message: string }> = [];
  if (c.SMTP_HOST && !c.SMTP_FROM)
    problems.push({ variable: 'SMTP_FROM', message: 'is required when SMTP_HOST is set' });
  if (!c.SMTP_HOST && (c.SMTP_FROM || c.SMTP_USER || c.SMTP_PORT))
    problems.push({ variable: 'SMTP_HOST', message: 'is required when other SMTP_* settings are set' });
  if (Boolean(c.SMTP_USER) !== Boolean(c.SMTP_PASSWORD))
    problems.push({
      variable: c.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER',
      message: 'SMTP_USER and SMTP_PASSWORD are set together',
    });
  return problems;
}
