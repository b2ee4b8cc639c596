import type { APIRoute, GetStaticPaths } from 'astro';
import { categories } from '../../../site.ts';
import { categoryFeed } from '../../../outputs/rss.ts';

export const getStaticPaths = (() => categories.map((category) => ({ params: { category: category.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => categoryFeed(params.category!);
