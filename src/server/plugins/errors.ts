import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError } from '../../core/errors.js';
import {
  DOMAIN_ERROR_STATUS,
  HttpProblem,
  problemBody,
  type InvalidParam,
  type ProblemBody,
} from '../problem.js';

const CONTEXT_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** Fastify's own client errors, by code, with the status and words we answer them with. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'the request body is larger than this server accepts'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'send the body as application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'the body is empty but Content-Type says application/json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'the body is not valid JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Content-Length does not match the body'],
};

function send(reply: FastifyReply, body: ProblemBody, headers: Record<string, string> = {}): FastifyReply {
  return reply.code(body.status).headers(headers).type('application/problem+json').send(body);
}

function validationParams(error: FastifyError): InvalidParam[] {
  const context = CONTEXT_NAMES[error.validationContext ?? 'body'] ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    return { name: path ? `${context}.${path}` : context, reason: issue.message ?? 'is invalid' };
  });
}

/**
 * The one central error handler: every error becomes RFC 9457 problem+json. Validation errors list every
 * invalid field in `invalid_params` and in `detail`; a 500 says only that something went wrong (with the
 * request id) and is logged with its stack.
 */
async function errorsPlugin(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const instance = request.url;
    if (HttpProblem.isInstance(error)) {
      const { headers, ...extensions } = error.extensions;
      return send(reply, problemBody(error.status, error.detail, { instance, ...extensions }), headers);
    }
    if (DomainError.isInstance(error)) {
      const params = error.invalidParams;
      return send(
        reply,
        problemBody(DOMAIN_ERROR_STATUS[error.code], error.message, {
          instance,
          ...error.extensions,
          ...(params.length > 0 ? { invalid_params: params } : {}),
        }),
        // RFC 9110 §15.5.2: a 401 names the scheme that would get in.
        error.code === 'unauthenticated' ? { 'www-authenticate': 'Bearer' } : {},
      );
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const params = validationParams(error);
      const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ');
      return send(
        reply,
        problemBody(400, detail || 'the request is invalid', { instance, invalid_params: params }),
      );
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return send(reply, problemBody(known[0], known[1], { instance }));
    if (error.statusCode === 429) {
      const retryAfter = String(reply.getHeader('retry-after') ?? '60');
      return send(reply, problemBody(429, `too many requests: try again in ${retryAfter} s`, { instance }), {
        'retry-after': retryAfter,
      });
    }
    if (
      error.statusCode &&
      error.statusCode >= 400 &&
      error.statusCode < 500 &&
      !isResponseSerializationError(error)
    )
      return send(reply, problemBody(error.statusCode, error.message, { instance }));
    request.log.error({ err: error }, 'unhandled error');
    return send(
      reply,
      problemBody(500, `something went wrong on our side; it has been logged as request ${request.id}`, {
        instance,
      }),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      problemBody(404, `there is no route ${request.method} ${request.url.split('?')[0]}`, {
        instance: request.url,
      }),
    ),
  );
}

export default fp(errorsPlugin, { name: 'errors' });
