/**
 * The reader forms, handled by Netlify Forms: a static HTML form with
 * `data-netlify="true"`, a hidden `form-name` field, and a honeypot field
 * (`netlify-honeypot`) that people never see and spam robots fill in.
 * Netlify finds the forms in the built HTML at deploy time; a submission
 * is answered with the confirmation page (`action`). No JavaScript.
 */
import { paths } from '../config/routes.ts';

export interface FormSpec {
  /** The form's name in Netlify (Forms › submissions are listed under it). */
  name: string;
  /** The field that must stay empty. */
  honeypot: string;
  /** Where the reader lands after sending. */
  action: string;
}

/** "Đánh giá thông tin" under every article. */
export const RATING_FORM: FormSpec = { name: 'danh-gia-thong-tin', honeypot: 'website', action: paths.formSent };

/** Questions, suggestions and complaints (Hỏi đáp, góp ý). */
export const FEEDBACK_FORM: FormSpec = { name: 'hoi-dap-gop-y', honeypot: 'website', action: paths.formSent };
