import type { APIRoute } from 'astro';
import { noticesFeed } from '../../lib/feeds.ts';

export const GET: APIRoute = () => noticesFeed();
