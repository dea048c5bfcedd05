/**
 * The Content-Security-Policy every page carries in a meta tag. The site loads only its own files:
 * the shared stylesheet is a file on this site, small styles are inlined by the build and drawn
 * charts carry style attributes (hence 'unsafe-inline' for styles); the one script is the find
 * page's filter, served from this site; no frames, no forms posting elsewhere, no plugins. frame-ancestors cannot be set from a meta tag, so other sites may
 * frame the chart embed pages; a host that serves the site can send it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"base-uri 'none'",
	"form-action 'self'",
	"object-src 'none'",
].join('; ');
