/**
 * Saves text as a file through an <a download> and a Blob URL: no "downloads" permission, and
 * nothing leaves the browser. The URL is revoked once the click has been handled.
 */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
