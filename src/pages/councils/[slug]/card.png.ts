import type { APIRoute } from 'astro';
import { councilPaths } from '../../../lib/data';
import type { Council } from '../../../lib/model/council';
import { cardInput } from '../../../lib/social/councilCard';
import { socialCardSvg } from '../../../lib/social/socialCard';
import { renderPng } from '../../../lib/social/renderPng';
import { cardData } from '../../../lib/pageData/socialCards';

export const getStaticPaths = councilPaths;

/** The council's link-preview picture (Open Graph image): its newest timeliness figure and trend. */
export const GET: APIRoute = ({ props }) => {
	const council = (props as { council: Council }).council;
	const input = cardInput(council.name, council.onsCode, cardData);
	return new Response(new Uint8Array(renderPng(socialCardSvg(input))), { headers: { 'Content-Type': 'image/png' } });
};
