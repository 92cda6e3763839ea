import { experimental_AstroContainer as AstroContainer } from 'astro/container';

let container: Promise<AstroContainer> | undefined;

/**
 * Renders an Astro component to HTML through the Container API, without the scoped-style attributes
 * (`data-astro-cid-…`), which say nothing about behaviour. One container serves a whole test file.
 */
export async function renderComponent(
  ...args: Parameters<AstroContainer['renderToString']>
): Promise<string> {
  container ??= AstroContainer.create();
  const html = await (await container).renderToString(...args);
  return html.replace(/ data-astro-cid-[a-z0-9]+(="")?/g, '');
}
