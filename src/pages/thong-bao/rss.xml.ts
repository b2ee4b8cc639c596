import type { APIRoute } from 'astro';
import { noticesFeed } from '../../outputs/rss.ts';

export const GET: APIRoute = () => noticesFeed();
