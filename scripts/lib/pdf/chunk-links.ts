/**
 * How a chunk of the print page links to an element of another chunk. Chromium writes no
 * link for `<a href="#id">` whose element is not in the printed document, so before a chunk
 * prints, such a link is made an address (linkAcrossChunks in print-chunk.ts): the print
 * page's own address with the id as fragment (not the chunk's address, which would count as
 * the same document). The merge turns it back into a link to the named destination, and a
 * factsheet into a link to its own page or to the practice's web page.
 */

/** The address of a print page without query and fragment: chunks differ only there. */
export function printPageAddress(address: string): string {
  const url = new URL(address);
  return url.origin + url.pathname;
}

/** The id a link of a chunk leads to in another chunk, if `uri` is such a link of `printPage`. */
export function linkedChunkId(uri: string, printPage: string): string | undefined {
  const url = URL.parse(uri);
  if (!url?.hash || printPageAddress(url.href) !== printPage) return undefined;
  return decodeURIComponent(url.hash.slice(1));
}
