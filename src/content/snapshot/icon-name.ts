// A control drawn as an icon alone (no text, label or title) is a bare `button [ref_4]` to a model that reads text.
// Its markup often still says what it shows: an icon font's class (`fa-solid fa-trash-can`, `bi-x-lg`,
// `ms-Icon--Delete`), an icon attribute (`data-icon="search"`, `<ion-icon name="share-outline">`), an SVG sprite's
// symbol (`<use href="#icon-bell">`) or an image file's name (`/img/ic_cart_24px.svg`). That word goes on the control's
// line as `icon="trash can"`; find matches it too. Only what the markup names is said, never a guess from the shape.

/** Elements looked at inside a control: an icon sits near the top of what it holds. */
const MAX_LOOKED_AT = 24;

/** Icon-set prefixes of class names (`<prefix>-<icon>`), as the common icon fonts and sprite kits write them. */
const ICON_CLASS =
  /^(?:fa[a-z]?|bi|mdi|ti|ri|ph|la[a-z]?|ion|ionicons?|icons?|glyphicon|octicon|lucide|codicon|feather|tabler|heroicons?|bx[a-z]?|uil|gg|pi|fi|si|material-symbols|dashicons|oi|typcn|wi|iconoir|carbon|e-icons?)-(.+)$/i;

/** What follows an icon-set prefix without naming an icon: styles, sizes, animations and layout. */
const NOT_AN_ICON =
  /^(?:solid|regular|light|thin|duotone|brands?|sharp|fw|lg|sm|xs|xl|[0-9]+x|\d+(?:px)?|spin|pulse|beat|fade|bounce|shake|border|inverse|flip(?:-.*)?|rotate(?:-.*)?|stack(?:-.*)?|pull-.*|li|ul|fill|filled|outline|outlined|round|rounded|two-?tone|small|medium|large|button|btn|wrapper|wrap|container|box|holder|only|left|right|start|end|before|after|white|black|light|dark|primary|secondary|muted|colou?r|size(?:-.*)?|text|label|inline|block|img|image|svg|font|set|sprite)$/i;

/** Attributes that name the icon an element shows. */
const ICON_ATTRIBUTES = ['data-icon', 'data-icon-name', 'data-lucide', 'data-feather', 'icon'];

function readable(raw: string): string {
  const words = raw
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/^(?:icons?|ico|ic|i|svg|sprite|symbol)[-_]/i, '')
    .replace(/[-_](?:icons?|\d+(?:px|dp)?|outline|outlined|filled|fill|solid|regular|light|bold|xs|sm|md|lg|xl)$/gi, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_./]+/g, ' ')
    .trim()
    .toLowerCase();
  // Words (a letter or more, a number after them at most): not a hash, a number or a build id.
  return /^[a-z][a-z0-9 ]{0,39}$/.test(words) && !/\d[a-z]|\d{3}/.test(words) ? words : '';
}

function fromClasses(el: Element): string {
  for (const token of el.classList) {
    const fluent = /^ms-Icon--(.+)$/.exec(token);
    if (fluent) return readable(fluent[1] as string);
    const match = ICON_CLASS.exec(token);
    if (match && !NOT_AN_ICON.test(match[1] as string)) {
      const name = readable(match[1] as string);
      if (name) return name;
    }
  }
  return '';
}

function fromAttributes(el: Element): string {
  for (const attribute of ICON_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    if (value) return readable(value);
  }
  // A web component drawing an icon by name (`<sl-icon name="gear">`, `<ion-icon name="trash-outline">`).
  if (el.localName.includes('icon') && el.localName.includes('-')) {
    const value = el.getAttribute('name') ?? el.getAttribute('src');
    if (value) return readable(value.split(/[/#]/).pop() ?? '');
  }
  return '';
}

function fromSource(el: Element): string {
  if (el.localName === 'use') {
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
    const symbol = href.includes('#') ? href.slice(href.indexOf('#') + 1) : '';
    return symbol ? readable(symbol) : '';
  }
  if (el.localName === 'img' || (el.localName === 'input' && (el as HTMLInputElement).type === 'image')) {
    const src = el.getAttribute('src') ?? '';
    if (src.startsWith('data:')) return '';
    const file = src.split(/[?#]/)[0]?.split('/').pop() ?? '';
    return readable(decodeURIComponent(file));
  }
  return '';
}

/** The icon a nameless control shows, as its markup names it ("" when it does not). */
export function iconName(control: Element): string {
  const walker = control.ownerDocument.createTreeWalker(control, NodeFilter.SHOW_ELEMENT);
  for (let el: Node | null = control, looked = 0; el && looked <= MAX_LOOKED_AT; el = walker.nextNode(), looked++) {
    const element = el as Element;
    const name = fromAttributes(element) || fromClasses(element) || fromSource(element);
    if (name) return name;
  }
  return '';
}
