/** /admin/config.yml: the web CMS configuration, generated from the content schemas (src/editor/cms-config.ts). */
import type { APIRoute } from 'astro';
import { dump } from 'js-yaml';
import { backendFromEnv, cmsConfig } from '../../editor/cms-config.ts';
import { site } from '../../site.ts';

export const GET: APIRoute = () => {
  const backend = backendFromEnv(process.env, import.meta.env.DEV, site.repository);
  if (!backend.repo && !backend.localBackend) {
    console.warn('Trang biên tập /admin/ chưa biết kho GitHub để lưu bài: hãy ghi repository: chủ/tên trong content/site.yaml (hoặc đặt PORTAL_CMS_REPO).');
  }
  return new Response(`# Tạo tự động từ src/model/schemas/index.ts khi xây dựng trang; đừng sửa tay.\n${dump(cmsConfig(site, backend), { lineWidth: -1, noRefs: true })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
