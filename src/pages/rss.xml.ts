import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/feeds.ts';

export const GET: APIRoute = () => siteFeed();
