/**
 * The HTTP edge of aidx ({@code aidx serve}): a JSON API over the pipeline and the store, and the
 * static dashboard. Handlers parse the request, call one core method and render JSON; the core
 * knows nothing of HTTP. The OpenAPI description is {@code org/aidx/api/openapi.json}.
 */
package org.aidx.api;
