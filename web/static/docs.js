// Starts Swagger UI on /docs with the application's own OpenAPI document.
/* global SwaggerUIBundle */
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
    layout: "BaseLayout",
    oauth2RedirectUrl: `${window.location.origin}/docs/assets/oauth2-redirect.html`,
  });
});
