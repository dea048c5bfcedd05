/** The site's public origin as astro.config.mjs sets it (SITE_URL, else the reserved placeholder). */
export const publicSite = (site: URL | undefined): URL => site ?? new URL('https://send-scrutiny.example');
