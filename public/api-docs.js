// Starts Swagger UI on /api/docs with this server's OpenAPI document. The online validator badge is
// off (validatorUrl: null): the page loads nothing from outside this server.
window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  defaultModelsExpandDepth: 0,
  tryItOutEnabled: false,
});
