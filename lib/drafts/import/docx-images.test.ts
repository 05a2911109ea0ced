import { describe, expect, it } from "vitest";
import { addRelationships, addToBody, officerDocx, patchDocx, pictureParagraph, PNG, REL } from "@/tests/fixtures/docx";
import { imageContentType, imageExtension, readDocx } from "./docx-read";

/** A document with the given pictures (bytes per media file), placed in the given order (index per place). */
async function withPictures(media: Buffer[], places: number[], extension = "png") {
  const rels = media.map((_, i) => `<Relationship Id="rPic${i}" Type="${REL}/image" Target="media/pic${i}.${extension}"/>`);
  return patchDocx(await officerDocx(), {
    ...Object.fromEntries(media.map((data, i) => [`word/media/pic${i}.${extension}`, data])),
    "word/_rels/document.xml.rels": addRelationships(...rels),
    "word/document.xml": addToBody(places.map((i) => pictureParagraph(`rPic${i}`)).join("")),
  });
}

const distinct = (n: number, size = PNG.length) => Array.from({ length: n }, (_, i) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length + 4, 0), Buffer.from([i >> 24, i >> 16, i >> 8, i].map((b) => b & 0xff))]));

describe("pictures of an imported document", () => {
  it("keeps each distinct picture once, in order of first appearance", async () => {
    const [a, b] = distinct(2);
    const doc = await readDocx(await withPictures([a, b], [1, 0, 1, 1, 0]), "t", "2026-11-23");
    expect(doc.images.map((i) => i.data)).toEqual([b, a]);
    expect(doc.imagesSkipped).toBe(0);
  });

  it("reads no more than the allowed number of picture places", async () => {
    const doc = await readDocx(await withPictures(distinct(8), [0, 1, 2, 3, 4, 5, 6, 7]), "t", "2026-11-23", { maxReferences: 5, maxBytes: 1e9 });
    expect(doc.images).toHaveLength(5);
    expect(doc.imagesSkipped).toBe(3);
  });

  it("stops reading pictures once the byte budget is spent, duplicates counted", async () => {
    const media = distinct(3, 1000);
    const doc = await readDocx(await withPictures(media, [0, 0, 1, 2]), "t", "2026-11-23", { maxReferences: 100, maxBytes: 2500 });
    // 0 (1004 bytes), 0 again (2008, a duplicate), 1 would make 3012 > 2500: skipped, and 2 after it.
    expect(doc.images.map((i) => i.data)).toEqual([media[0]]);
    expect(doc.imagesSkipped).toBe(2);
  });

  it("gives a picture of unknown type application/octet-stream and .bin", async () => {
    const doc = await readDocx(await withPictures([PNG], [0], "xyz"), "t", "2026-11-23");
    expect(doc.images.map((i) => i.contentType)).toEqual(["application/octet-stream"]);
    expect(imageContentType(null)).toBe("application/octet-stream");
    expect(imageContentType("")).toBe("application/octet-stream");
    expect(imageContentType("image/PNG")).toBe("image/png");
    expect(imageContentType("text/html; charset=utf-8")).toBe("application/octet-stream");
    expect(imageExtension("application/octet-stream")).toBe("bin");
    expect(imageExtension("image/jpeg")).toBe("jpg");
    expect(imageExtension("text/html")).toBe("bin");
  });
});
