// Counts the pixels in which two PNGs differ, decoded by the browser itself
// (the repository has no image library). Chromium without a GPU anti-aliases a
// few corner pixels differently from run to run; the README image should only
// change when the product does.

/**
 * Number of differing pixels, or Infinity when the sizes differ. Works in a
 * blank page of its own: the workbench's content security policy forbids data: URLs.
 */
export async function differingPixels(browser, pngA, pngB) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([a, b]) => {
        const decode = async (base64) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d');
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all([decode(a), decode(b)]);
        if (x.width !== y.width || x.height !== y.height) return Infinity;
        let count = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2] || x.data[i + 3] !== y.data[i + 3]) count++;
        }
        return count;
      },
      [pngA.toString('base64'), pngB.toString('base64')],
    );
  } finally {
    await page.close();
  }
}
