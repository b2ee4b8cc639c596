import type { APIRoute } from 'astro';
import { siteFeed } from '../outputs/rss.ts';

export const GET: APIRoute = () => siteFeed();
