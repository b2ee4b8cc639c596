/** An album of the photo library (Thư viện ảnh). */
import { z } from 'astro/zod';
import { strictObject } from './rules.ts';
import { photoList, text, title, vietnamDate, type ImageField } from './fields.ts';

/** An album of the photo library (Thư viện ảnh): a folder of photos and an index.md. The first photo is the album's cover. */
export function albumSchema<I extends z.ZodType>(image: ImageField<I>) {
  return strictObject({
    title: title('tiêu đề album (title)'),
    date: vietnamDate('ngày chụp hoặc ngày đăng (date)'),
    description: text('mô tả album (description)'),
    photos: photoList(image, 'danh sách ảnh (photos)').min(1, 'album cần ít nhất một ảnh trong photos'),
    draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
  });
}
