import type { APIRoute, GetStaticPaths } from 'astro';
import { categories } from '../../../lib/site.ts';
import { categoryFeed } from '../../../lib/feeds.ts';

export const getStaticPaths = (() => categories.map((category) => ({ params: { category: category.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => categoryFeed(params.category!);
