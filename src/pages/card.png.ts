import type { APIRoute } from 'astro';
import { cardInput, ENGLAND_CODE } from '../lib/social/councilCard';
import { socialCardSvg } from '../lib/social/socialCard';
import { renderPng } from '../lib/social/renderPng';
import { cardData } from '../lib/pageData/socialCards';

/** The site's own link-preview picture: England's newest timeliness figure and trend. */
export const GET: APIRoute = () => {
	const input = cardInput('England', ENGLAND_CODE, cardData);
	return new Response(new Uint8Array(renderPng(socialCardSvg(input))), { headers: { 'Content-Type': 'image/png' } });
};
