/**
 * Vietnamese words for the web editor (Decap CMS) where its own Vietnamese
 * locale has none, or a wrong one: without them editors meet «Add bộ ảnh»,
 * «Copy» or «Trạng: Bản nháp». /admin/vi.js (src/pages/admin/vi.js.ts) lays
 * them over Decap's locale in the browser, before the editor first draws.
 *
 * tests/browser/cms.test.ts compares the result with Decap's English phrases:
 * a phrase a later Decap adds in English only fails there until it is here.
 * The editor guide (docs/huong-dan-bien-tap.md, section 5) names the buttons
 * with these words, and the same test holds it to them.
 */
export type Phrases = { [key: string]: string | Phrases };

export const DECAP_VI: Phrases = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      // With each collection's singular name: «Thêm bài viết», «Thêm thông báo».
      newButton: 'Thêm %{collectionLabel}',
      groupBy: 'Nhóm theo',
    },
    entries: { unpublishedHeader: 'Bài chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị ghi đè.',
      },
    },
    editorInterface: { toggleI18n: 'Bật/tắt đa ngôn ngữ', togglePreview: 'Bật/tắt xem trước', toggleScrollSync: 'Cuộn cùng nhau', toggleNotes: 'Bật/tắt ghi chú' },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Viết ghi chú đầu tiên ở dưới để cùng trao đổi.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang viết trong mục %{collectionLabel}',
      statusInfoTooltipDraft: 'Bài đang là bản nháp. Viết xong, hãy chuyển trạng thái sang «Đang xét duyệt» để gửi duyệt.',
      statusInfoTooltipInReview: 'Bài đang được xét duyệt, không cần làm gì thêm; trong lúc chờ vẫn sửa tiếp được.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn thành phần',
        toggleMode: { rich: 'Chuyển sang chế độ soạn thảo', markdown: 'Chuyển sang chế độ Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Xóa hết ảnh',
      },
      file: {
        chooseMultiple: 'Chọn tệp',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Xóa hết tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Chép', copyUrl: 'Chép địa chỉ', copyPath: 'Chép đường dẫn', copyName: 'Chép tên', copied: 'Đã chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tùy chọn tài khoản' },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

/** Phrases that read the same in both languages (a name, or only a placeholder). */
export const SAME_IN_ENGLISH = new Set(['%{details}', '%{date}', 'Markdown']);

/**
 * The browser script: Decap's Vietnamese phrases with these laid over them,
 * registered again under `vi`. A plain script (no module), run right after
 * decap-cms.js, while Decap still loads its configuration.
 */
export function localeScript(phrases: Phrases = DECAP_VI): string {
  return `// Vietnamese words for Decap CMS (src/editor/decap-locale.ts).
(function () {
  var fix = ${JSON.stringify(phrases)};
  function merge(base, over) {
    var out = {};
    Object.keys(base || {}).forEach(function (key) { out[key] = base[key]; });
    Object.keys(over).forEach(function (key) {
      out[key] = typeof over[key] === 'object' ? merge(out[key], over[key]) : over[key];
    });
    return out;
  }
  window.CMS.registerLocale('vi', merge(window.CMS.getLocale('vi'), fix));
})();
`;
}
