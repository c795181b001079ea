/**
 * Every URL the sandbox hands out points back at itself: API URLs at `<base>/...`, upload URLs at
 * `<base>/uploads/...`, and `html_url`s at `<base>/html/...` (the pages of sandbox/pages/), so a
 * client that follows any link stays on loopback.
 */

/** URL builders for one running sandbox. */
export class Urls {
  /** The API base URL, e.g. `http://127.0.0.1:41234`. */
  readonly base: string;

  constructor(base: string) {
    this.base = base.replace(/\/$/, '');
  }

  /** An API URL for `path` (`/repos/acme/churn`). */
  api(path: string): string {
    return `${this.base}${path}`;
  }

  /** The web page URL (sandbox/pages/) for `path` (`/acme/churn/releases/tag/v1`). */
  html(path: string): string {
    return `${this.base}/html${path}`;
  }

  /** An upload URL for `path` (`/repos/acme/churn/releases/1/assets`). */
  uploads(path: string): string {
    return `${this.base}/uploads${path}`;
  }
}

/** Encodes each segment of a slash-separated path (`model/v1` stays readable, spaces are escaped). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
