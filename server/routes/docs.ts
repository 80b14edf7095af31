/**
 * The API contract and its reference: `GET /api/openapi.json` (the OpenAPI 3.1 document) and
 * `GET /api/docs`, Swagger UI served from the app's own copy (swagger-ui-dist, no CDN; its online
 * validator is switched off, so the page calls nothing outside this server).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';
import { openApiDocument } from '../http/openapi/document.js';

const swaggerUiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Proeffactuur API reference</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/api/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"><p style="font:16px system-ui;padding:2rem">Loading the API reference… The document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api-docs.js"></script>
</body>
</html>
`;

/** The document and reference routes. */
export function docsRouter(): Router {
  const router = Router();
  const body = JSON.stringify(openApiDocument());

  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'no-cache').send(body);
  });

  router.get('/docs', (_req, res) => {
    res
      .set(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'",
      )
      .type('html')
      .send(PAGE);
  });

  router.use('/docs/assets', express.static(swaggerUiDir, { index: false, maxAge: '1d', fallthrough: true }));
  return router;
}
