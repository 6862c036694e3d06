import { z } from 'zod';

/** A tenant's URL slug: lowercase words joined by hyphens, 2–60 characters (`default` for the default tenant). */
export const TenantSlugSchema = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. acme-corp');

const webUrl = z
  .string()
  .trim()
  .max(500)
  .url('must be a web address such as https://www.example.com/logo.png')
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

/**
 * How a tenant's public wizard pages look and end: a logo (an http(s) image URL), an accent colour
 * (`#rrggbb`), the message shown after completion, and an optional http(s) URL the visitor is sent to a few
 * seconds after completing. Every key is optional; the page falls back to Guidepost's look.
 */
export const TenantBrandingSchema = z.strictObject({
  logo_url: webUrl.optional(),
  accent_color: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, 'must be a colour such as #4f46e5')
    .optional(),
  thank_you_message: z.string().trim().max(1000).optional(),
  redirect_url: webUrl.optional(),
});
export type TenantBranding = z.infer<typeof TenantBrandingSchema>;
