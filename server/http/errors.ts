/** Every API error is JSON: { error: { code, message } }, the code stable for the app to act on. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function installErrorHandler(app: FastifyInstance, log: (message: string) => void): void {
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .send({ error: { code: 'not-found', message: `no route for ${request.method} ${request.url}` } });
  });
  app.setErrorHandler((error: FastifyError | ApiError | z.ZodError | Error, _request, reply) => {
    if (error instanceof ApiError) {
      void reply.code(error.status).send({ error: { code: error.code, message: error.message } });
      return;
    }
    if (error instanceof z.ZodError) {
      const message = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
      void reply.code(400).send({ error: { code: 'invalid-body', message } });
      return;
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) log(`internal error: ${error.stack ?? error.message}`);
    const code =
      status === 413
        ? 'body-too-large'
        : status === 415
          ? 'unsupported-media-type'
          : status < 500
            ? 'bad-request'
            : 'internal';
    void reply.code(status).send({ error: { code, message: status >= 500 ? 'internal server error' : error.message } });
  });
}

/** Parses a body (or params) with a zod schema; a mismatch becomes a 400 invalid-body. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  return schema.parse(value);
}
