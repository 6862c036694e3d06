import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { problemBody } from './problem.js';

/** What Fastify's router refuses before any route or hook runs, by error code: status and words. */
const ROUTER_ERRORS: Record<string, [number, string]> = {
  FST_ERR_BAD_URL: [400, 'the URL is not validly percent-encoded (UTF-8)'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'a path segment of the URL is too long: ids have at most 100 characters'],
};

/**
 * Fastify's `frameworkErrors` option: answers the router's refusals (bad percent-encoding → 400, a path
 * parameter over `maxParamLength` → 414, anything else → 400) as problem+json instead of Fastify's JSON.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [status, detail] = ROUTER_ERRORS[error.code] ?? [400, 'the request cannot be routed'];
  void reply
    .code(status)
    .type('application/problem+json')
    .send(problemBody(status, detail, { instance: request.url.split('?')[0] }));
}

/**
 * Fastify's `clientErrorHandler` option, for requests Node's HTTP parser refuses before Fastify sees them:
 * headers (request line included) over the size limit → 431, a request timeout → 408, anything else → 400;
 * written as problem+json on the raw socket, which is then closed. Nothing is written to a reset socket.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail]: [number, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'the request line and headers are larger than this server accepts (16 kB): send less in the URL',
        ]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request took too long to arrive']
        : [400, 'the request is not valid HTTP'];
  const body = JSON.stringify(problemBody(status, detail));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}
