/**
 * The most characters one reading of a page returns (read_page with `filter: "all"` or a ref, get_page_text): each
 * document cuts its own text here, and the service worker cuts the page's text stitched from its frames here too.
 */
export const MAX_READ_CHARS = 50_000;
