// The article body as paragraphs: one line per block element (p, heading, list item, quote,
// table row...), with what is not article text left out: captions, share buttons, related
// links, newsletter boxes, ads and media. Readability has already chosen the article's element.
import { isElement, TEXT_NODE, toArray, type DomElement, type DomNode } from './dom';
import { normaliseText } from './text';
import { labelledRelatedBoxes, relatedLinkLists } from './relatedLists';

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p', 'figcaption', 'aside', 'nav', 'footer', 'form', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd',
  'blockquote', 'pre', 'tr', 'table', 'ul', 'ol', 'dl', 'figure', 'center', 'address', 'details', 'summary', 'hr',
]);
/** Elements whose content is never text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'head']);
/** Elements whose text is not the article's (a `label` is a control's: a poll's answers; an `address`, the author's contact: a byline). */
const NOT_ARTICLE = new Set(['button', 'form', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'figcaption', 'label', 'address']);
/** Class or id words of boxes that are not the article: an author's biography (also named in German, Spanish, Portuguese, French, Italian), captions, sharing, related links and other stories' teasers, newsletters, ads, embedded social posts, a side rail (`sidebar`, `article-side-rail`; not a layout named for having one, `main-sidebar`, `has-sidebar`). */
const BOILERPLATE = /(?:^|[\s_-])(?:biography|(?:author|autor|auteur|autore)[_-]+(?:bio|info|box)|about[_-]+author|caption|credits?|share|sharing|social|related|recommended|newsletter|subscribe|signup|promo|advert\w*|ads?|sponsored|outbrain|taboola|more-stories|recirculation|embed|consent|skip|byline|dateline|toolbar|tags|tag-list|inline-teaser|teaser-list|teaser-link|twitter-tweet|instagram-media|tiktok-embed|breadcrumbs?|(?<!(?:main|has|with|no|layout|content)-)sidebar|side-?rail)(?:$|[\s_-])/i;
/** Class tokens that hide an element in the common stylesheets (Bootstrap, Tailwind) and BEM's hidden modifier (`u-display--is-hidden`, `box--hidden`). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|[\w-]+--(?:is-)?hidden)(?:$|\s)/;
/** Tokens that show it again on wider screens (Tailwind's `hidden md:block`, Bootstrap's `d-none d-md-block`). */
const SHOWN_ON_SOME_SCREENS = /(?:^|\s)(?:[\w-]+:(?:block|flex|inline|inline-block|grid|table)|d-\w+-(?:block|flex|inline|inline-block|grid|table))(?:$|\s)/;
/** Whole paragraphs that are leftovers of widgets, not text (an ad's label also in German, Spanish, French, Italian, Danish, Norwegian, Swedish, Dutch; the ad-choices link; a media player's loading and spacebar lines; an inbox offer). */
const WIDGET_LINE = /^(?:advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|reklame|annonse|annons|advertentie|sponsored( content)?|share( this( article| story| page)?)?( on \w+)?|read more|related( articles| stories| content)?:?|(sign up|subscribe)\b.{0,60}|continue reading.{0,30}|click here.{0,40}|image:? .{0,60}|photo:? .{0,60}|getty images|reuters|ap photo.{0,40}|ad ?choices|loading(?: photo)? gallery|press (?:the )?space ?bar to (?:pause|play).{0,60}|get (?:updates|the latest) in your inbox.{0,40}|lese-?empfehlung(?:en)?|lese-?tipps?|mehr zum thema|das könnte sie auch interessieren)$/i;
/** A photo credit: an agency or picture library, with a photographer before it ("STR/AFP via Getty Images"). */
const CREDIT = String.raw`(?:[\p{L}.' -]{2,40}\/)?(?:[\p{L}.' -]{2,30},? via )?(?:getty(?: images)?|afp|epa|dpa|shutterstock|alamy|ap|reuters|imago|keystone|picture alliance|pa(?: media| wire)?)`;
/** A picture's caption: a line ending with its photo credit (`... | Foto: Zvg.`, `... © Gemeinde Nußdorf-Debant`, `... (Photo: AP)`, after its sentence `... finden. Bild: Imago`). */
const CREDITED_CAPTION = /(?:(?:\s[|·–—-]\s*|\s\(|[.!?"“”]\s)(?:foto|photo|bild|image|picture|credit)s?\s*:|\s©)\s*[^.!?:]{1,40}\.?\)?$/iu;
/** A paywall's notice that the rest of the text is for subscribers ("Il vous reste 57% de cet article à lire", "The rest of this article is for subscribers only"). */
/** A picture's caption that ends with the day it was taken, after a comma (`Folgen eines Raketenangriffs auf Uman, 28. April 2023`, `..., April 28, 2023`). */
const DATED_CAPTION = /,\s(?:\d{1,2}\.?\s\p{L}{3,9}\.?|\p{L}{3,9}\.?\s\d{1,2},)\s\d{4}$/u;

const PAYWALL_END = /^(?:il vous reste [\d.,]+ ?% de cet article à lire|(?:the )?rest of this (?:article|story) is (?:only )?(?:for|available to) subscribers)/iu;
/** A photo credit alone on its line. */
const PHOTO_CREDIT = new RegExp(`^${CREDIT}$`, 'iu');
/**
 * More leftovers: a photo credit alone ("STR/AFP via Getty Images", "Getty"), a relative time
 * stamp ("1 day ago", "Last updated 6 hours ago", "Jane Doe|Published 1 day ago"), a
 * republication note ("First published in The Conversation.", "Read the original article ..."), a box's label ("Join the Conversation",
 * "Trending", "Popular", "Am beliebtesten", "Most read in Football", "Most E-Mailed Articles", "Printer-Friendly Format", "Häufig gelesen", "Noticia relacionada",
 * "Kommentare", "Liveblog"; an embed's "Link zum YouTube-Inhalt"), and "read more" or "more about" in the languages of the test pages
 * (German "Lesen Sie auch", "Auch interessant", "Mehr zum Thema"; French "Lire aussi"; Spanish
 * "Leer más"; Polish "Czytaj więcej"; Norwegian "Les også", Swedish "Läs också", Danish "Læs
 * også", Dutch "Lees ook", Italian "Leggi anche", Portuguese "Leia também", Russian "Читайте
 * также", Finnish "Lue myös"); a copyright line ("© RIPRODUZIONE RISERVATA", "© dpa-infocom");
 * a news agency's credit ("Quelle: sid/dpa", "(Quelle: APA/sda/dpa)", "Additional reporting by ...",
 * "With reports from ...", "Mit Agenturmaterial."); a paywall's notice
 * ("Article réservé aux abonnés", "Il vous reste 57% de cet article à lire"); "Article continues
 * below", "Follow ... on Google News", a newsletter's label ("Newsletter", "Weitere
 * Newsletter", "Newsletter: Sport inside", "Duisburg-Newsletter: ...") and a correction box's
 * ("Fehler gefunden? Jetzt melden", "Fehler auf <site> entdeckt?"); a bookmark's notice ("Story Saved",
 * "You can find this story in My Bookmarks ..."), a time stamp in words ("Publié il y a 1 minute",
 * "vor 3 Stunden", with its update's: "Publié il y a 2 heures, Mis à jour il y a 8 minutes"), a tag list's label ("Tags:",
 * "Etiketler :", "Schlagwörter"), a picture counter ("Bild 1 av 1", "Image 2 of 5"), a reading time
 * ("... • 4 minute read"), a "read also" label alone ("Les også:", "See also"), a like button's
 * counter ("Like 0", "좋아요 0") and a popular-news label in Korean ("인기뉴스"); a tag list's "Filed under:", a
 * text-to-speech player's label ("Artikel anhören:", "Listen to this article"), a font-size control's
 * and a like button's call in Korean ("글자크기 설정", "이 기사가 마음에 들었다면, ..."), an "as of" time
 * stamp in Korean ("2025-05-28 18:39 기준"), a sources box's label ("Quellen:"), a share box's "Read or
 * Share this story: <link>" and a comment box's "Are you sure you want to delete this comment?"; a video
 * card's duration and title ("2:34 Russia launches ...", no full stop), offers to subscribe ("Jetzt
 * abonnieren ...") or read more ("For more stories like this ...", Norwegian "Les mer om ..."), a call
 * for tips in Norwegian and Swedish ("Tips oss!", "Har du video, bilder eller tips? ..."), a time
 * stamp "Online seit heute, 20.03 Uhr"; a bare Unix time
 * stamp and a live-blog entry's author glued to its date and time ("Jamie Braidwood14 August 2023 10:01").
 */
const LEFTOVER_LINE = new RegExp([
  CREDIT,
  String.raw`(?:[\p{L}.' -]{2,60} ?\| ?)?(?:(?:last )?(?:updated|published|posted):? )?\d{1,2} (?:minutes?|hours?|days?|weeks?) ago`,
  String.raw`join the conversation|trending(?: now)?|popular|am beliebtesten|most (?:read|popular|e-?mailed|shared|viewed)(?: articles| stories)?(?: in [\p{L} ]{2,30})?|print(?:er)?[- ]friendly(?: format| version)?|인기\s?뉴스|많이 본 뉴스|(?:likes?|좋아요|gefällt mir|j'aime|me gusta|mi piace)\s*\d+|häufig gelesen|meist ?gelesen|noticia relacionada|kommentare(?:drucken)?|liveblog|link zum [\p{L}-]{2,30}inhalt`,
  String.raw`more (?:about|on this story|from [\p{L} ]{2,30})`,
  String.raw`(?:lesen sie (?:auch|mehr)|lest auch|auch interessant|mehr zum thema|lire aussi|à lire aussi|leer más|lea también|czytaj (?:więcej|także))(?::.{0,120})?`,
  String.raw`(?:les også|læs også|läs också|lees ook|leggi anche|leia também|читайте также|lue myös|mehr zum thema)\s*:?\s.{0,120}`,
  String.raw`(?:(?:fotos?|foto\(s\)|photos?|bilder?|images?)\s*:\s*)?(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})).{0,120}`,
  String.raw`\(?quelle:\s.{1,60}?\)?|(?:this (?:article|story) was )?(?:first|originally) published (?:in|on|by) [^.]{2,60}\.?|(?:lest|lesen sie) den originalartikel.{0,60}|read the original (?:article|story).{0,60}`,
  String.raw`(?:article |contenu )?réservé aux abonnés|il vous reste [\d.,]+ ?% de cet article à lire.{0,80}|(?:for |exclusive to )?subscribers only|nur für abonnenten|solo per abbonati|exclusivo para suscriptores`,
  String.raw`[–—-]?\s*(?:with )?additional reporting (?:by|from) .{1,80}|with reports from .{1,80}|mit agenturmaterial.{0,40}`,
  String.raw`article continues below|follow .{1,40} on google news.{0,120}|(?:weitere |[\p{L}]+-)?newsletter(?::.{0,60})?|fehler (?:\S+ ){0,3}(?:gefunden|entdeckt).{0,60}`,
  String.raw`story saved|you can find this story in my bookmarks.{0,100}|(?:publié |mis à jour )?il y a \d{1,2} (?:minutes?|heures?|jours?)(?:,? mis à jour il y a \d{1,2} (?:minutes?|heures?|jours?))?|vor \d{1,2} (?:minuten|stunden|tagen)`,
  String.raw`(?:tags|etiketler|schlagwörter|etiquetas|étiquettes|emneord)\s*:?`,
  String.raw`(?:bild|image|photo|foto|picture|slide)\s+\d+\s+(?:av|of|von|de|sur|di|van|af)\s+\d+|.{0,80}\b\d{1,3}[ -]min(?:ute)?s?\.? read`,
  String.raw`(?:les også|læs også|läs också|lees ook|leggi anche|read also|see also)\s*:?`,
  String.raw`\d{1,2}:\d{2} \p{Lu}[^.!?]{10,100}|jetzt abonnieren\b.{0,80}|for more stories like this.{0,60}|tips oss!?|tipsa oss!?|har du (?:video|bilder|tips)\b.{0,100}|les mer om\s.{0,100}|online seit (?:heute|gestern)?,?\s?.{0,30}`,
  String.raw`read or share this (?:story|article):?.{0,60}|are you sure you want to delete this comment\?|quellen:|\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} 기준|filed under:|artikel anhören:?|listen to (?:this )?article|글자\s?크기 설정|이 기사가 마음에 들었다면.{0,30}`,
  String.raw`1\d{9}|(?:\p{Lu}[\p{L}'.-]+ ){1,3}?\p{Lu}[\p{L}'.-]+ ?\d{1,2} \p{L}{3,9} \d{4},? \d{1,2}[:.]\d{2}`,
].map((alt) => `(?:${alt})`).join('|').replace(/^/, '^(?:').replace(/$/, ')$'), 'iu');

/** A byline on its own line anywhere (`By Adam Millington`, `Von Thilo Schäfer, Madrid`, `von Engin Haupt, MDR SACHSEN-ANHALT`; after the piece's kind, `Essay von Alexander Hagelüken`): one to four capitalised names, then at most a place or a date. */
const BYLINE = /^(?:(?:[Ee]ssay|[Kk]ommentar|[Aa]nalyse|[Gg]astbeitrag|[Kk]olumne|[Cc]ommentary|[Aa]nalysis|[Cc]olumn|[Ee]ditorial|[Cc]hronique|[Tt]ribune)\s+)?(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*[,•|]\s*[^!?]{0,39}[^.!?])?$/u;

/** A call to readers under the text: to write to the newsroom, its address given (`Do you have a story to tell? Email: ...`, `... emailing us at ...`, `Wir freuen uns über eine Mail an ...`; not a reporter's own, `email him at ...`), or to sign up for its newsletters, or to pay for it (`... for only N$85 a month`). */
const CALL_LINE = /(?:\b(?:us|our|uns|unser\w*|story to tell)\b[^@]{0,80}\s[\w.+-]+@[\w-]+\.[\w.-]+|sign up (?:for|to) our (?:free )?newsletters?\b|\bget our (?:free )?(?:daily |weekly )?newsletters?:?$|\b(?:in unserem|in our|on our) live-?(?:blog|ticker)\b[^.!?]{0,30}:$|\bfor (?:only|just) \S{0,4}\d[\d.,]*\s?\S{0,4} (?:a|per) (?:month|week)\b)/iu;

/** A site's legal footer: terms accepted by using it, its material not to be reproduced, all rights reserved; a note on its affiliate links (`we may earn a commission`, `erhalten wir eine Provision`) or on the text being a machine translation (`Dies ist eine maschinelle Übersetzung ...`). */
const LEGAL_LINE = /(?:\bmaschinelle übersetzung\b|\b(?:machine|automatically)[- ]translated\b|\btraduit automatiquement\b|\btraducción automática\b|\baffiliate[- ]links?\b|\b(?:we|may) (?:earn|receive) (?:a )?(?:small )?commission\b|\berhalten wir (?:eine )?(?:kleine )?provision\b|\bconstitutes acceptance of (?:our|the)\b|^the material on this site may not be reproduced\b|^all rights reserved\.?$)/iu;

/** A paywall's scrambled markup, each letter shifted by one (`class="` as `dmbttµ#`, `href="` as `isfgµ#`, `https://` as `iuuqt;00`): a box Readability rebuilt without its `obfuscated` class. */
const SCRAMBLED_LINE = /(?:dmbttµ#|isfgµ#|tsdµ#|iuuqt?;00)/u;

/** A video card's teaser with its date and length glued on (`... der Westen.25.07.2023 | 43:49 min`). */
const MEDIA_CARD = /\d{1,2}\.\d{1,2}\.\d{4}\s*\|\s*\d{1,3}:\d{2}\s*min\.?$/u;

/** A comment box's rules for readers (`Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind ...`, `Your comments are subject to ...`, `Community Rules apply to all content you upload ...`): the reader's comments, not a quote's "your comment". */
const COMMENT_RULES = /(?:\b(?:your|ihre|vos|sus) (?:comments|kommentare|commentaires|comentarios)\b[^.!?]{0,40}\b(?:are|must|should|sind|müssen|sollten|werden|doivent|deben)\b|^community (?:rules|guidelines|standards) apply to\b|^to post a comment\b)/iu;

/** A teaser for another story, under a label in capitals ("MORE: Map shows ...", "READ MORE: ...", "READ ANOTHER STORY HERE | ..."). */
const TEASER_LINE = /^(?:(?:(?:READ |SEE )?MORE|ALSO READ|READ ALSO): |(?:\p{Lu}{2,} ){2,5}\p{Lu}{2,} ?[:|] ?)\S/u;

/** How paragraphs are read. */
export interface ParagraphOptions {
  /** Leave out captions, widgets and boxes by class (true when importing; the eval's gold keeps them). */
  dropBoilerplate: boolean;
}

/** The paragraphs under `root`, each one line of normalised text, in document order. */
export function paragraphsOf(root: DomNode, options: ParagraphOptions = { dropBoilerplate: true }): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  // (whether the text being read, and the last line kept, are a heading's)
  let inHeading = 0;
  let lastIsHeading = false;
  // (a paywall's "the rest is for subscribers" ends what a reader is shown; what follows is its sales box)
  let paywalled = false;
  const flush = () => {
    const text = normaliseText(pending.join(''));
    pending = [];
    if (text === '' || paywalled) return;
    if (options.dropBoilerplate && text.length < 200 && PAYWALL_END.test(text)) {
      paywalled = true;
      return;
    }
    if (options.dropBoilerplate && ((text.length < 100 && WIDGET_LINE.test(text)) || (text.length < 160 && LEFTOVER_LINE.test(text)))) {
      // (a photo credit alone on its line follows the picture's caption: a short line without a full stop, not a heading)
      const last = out[out.length - 1];
      if (PHOTO_CREDIT.test(text) && last !== undefined && !lastIsHeading && last.length < 150 && !/[.!?:]["”’»]?$/u.test(last)) out.pop();
      return;
    }
    if (options.dropBoilerplate && text.length < 160 && TEASER_LINE.test(text)) return;
    if (options.dropBoilerplate && text.length < 80 && BYLINE.test(text)) return;
    if (options.dropBoilerplate && text.length < 200 && CALL_LINE.test(text)) return;
    if (options.dropBoilerplate && text.length < 400 && LEGAL_LINE.test(text)) return;
    if (options.dropBoilerplate && text.length < 1200 && COMMENT_RULES.test(text)) return;
    if (options.dropBoilerplate && text.length < 400 && MEDIA_CARD.test(text)) return;
    if (options.dropBoilerplate && SCRAMBLED_LINE.test(text)) return;
    if (options.dropBoilerplate && text.length < 250 && CREDITED_CAPTION.test(text)) return;
    if (options.dropBoilerplate && text.length < 200 && DATED_CAPTION.test(text)) return;
    out.push(text);
    lastIsHeading = inHeading > 0;
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      pending.push(node.textContent ?? '');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'br') return flush();
    if (NOT_TEXT.has(tag)) return;
    if (options.dropBoilerplate && (NOT_ARTICLE.has(tag) || isBoilerplate(node) || (out.length > 0 && isTeaserCard(node)))) return;
    const block = BLOCKS.has(tag);
    const heading = /^h[1-6]$/.test(tag) ? 1 : 0;
    if (block) flush();
    else if (tag === 'td' || tag === 'th') pending.push(' ');
    inHeading += heading;
    walkChildren(node);
    if (block) flush();
    else if (tag === 'td' || tag === 'th') pending.push(' ');
    inHeading -= heading;
  };
  const walkChildren = (node: DomNode): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
  };
  walk(root);
  flush();
  return out;
}

/** The attribute `markBoilerplate` sets. */
const MARK = 'data-claimmark-boilerplate';
/** The attribute it sets on other stories' cards (`isTeaserCard`), left out only after some text. */
const CARD = 'data-claimmark-card';

/**
 * Marks the boxes that are not the article (captions, widgets: as `paragraphsOf` drops them) and
 * everything inside them, before Readability reads the page: it unwraps a box that holds a single
 * paragraph (`<div class="caption"><p>...</p></div>` becomes the bare `<p>`), and the box's
 * class would be lost with it.
 */
export function markBoilerplate(root: DomElement): void {
  // (a card's link may be an empty overlay, which Readability removes: mark the cards first)
  for (const el of toArray(root.querySelectorAll('article'))) if (isTeaserCard(el)) el.setAttribute(CARD, '');
  for (const el of toArray(root.querySelectorAll('[class], [id], [role], [aria-hidden], [hidden]'))) {
    // (small boxes only, as written: a page's wrapper whose links are most of its text holds the article too; Readability's own test pages keep a signup box whose indentation passes 600)
    if (el.getAttribute(MARK) !== null || (((el.textContent ?? '').length >= 600 || !isBoilerplate(el)) && !isScrambled(el))) continue;
    el.setAttribute(MARK, '');
    for (const inner of toArray(el.querySelectorAll('*'))) inner.setAttribute(MARK, '');
  }
  for (const el of [...relatedLinkLists(root), ...labelledRelatedBoxes(root)]) for (const inner of [el, ...toArray(el.querySelectorAll('*'))]) inner.setAttribute(MARK, '');
}

/** Whether `el` is inside (or is) a box that is not the article: `aside`, `nav`, `footer` and the like, or one `markBoilerplate` marked. */
export function insideBoilerplate(el: DomElement): boolean {
  return el.closest(`[${MARK}], ${[...NOT_ARTICLE].join(', ')}`) !== null;
}

/** True for an element that holds a caption, a widget or a box that is not the article. */
function isBoilerplate(el: DomElement): boolean {
  if (el.getAttribute(MARK) !== null) return true;
  const role = el.getAttribute('role');
  if (role === 'complementary' || role === 'navigation' || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('hidden') !== null) return true;
  // (camelCase words apart: `c-inlineSignup`, CSS modules' `NewsletterBox_root__rh9I2`)
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2');
  // (hidden by a stylesheet's class, as Bootstrap's `hidden` and `d-none`: a signed-out reader's offer)
  const cls = el.getAttribute('class') ?? '';
  if (HIDDEN_CLASS.test(cls) && !SHOWN_ON_SOME_SCREENS.test(cls)) return true;
  // (Tailwind's `not-prose` takes a box out of the text's typography: a gallery, a teaser, a picture with its caption; however long)
  if (/(?:^|\s)not-prose(?:$|\s)/.test(cls)) return true;
  if (isScrambled(el)) return true;
  // (a short box with its own close button is a pop-up over the page: an AI summary's panel, a share dialog, an alert)
  if ((hasCloseButton(el) || hasDecline(el)) && textLength(el) < 600) return true;
  if (names.length <= 1 || !BOILERPLATE.test(names)) return false;
  // A name is a hint, not proof: a long box of prose that is not mostly links is article text.
  const length = textLength(el);
  return length < 600 || linkTextLength(el) > length / 2;
}

/** Whether `el` holds a paywall's scrambled text, each letter shifted (`Ejf Gppe.Usvdlt tjoe ...`): of class `obfuscated`, however long, no text to read. */
function isScrambled(el: DomElement): boolean {
  return /(?:^|\s)obfuscated(?:$|\s)/.test(el.getAttribute('class') ?? '');
}

/** A close control's name (its class, label, title or text), in the languages of the test pages. */
const CLOSE = /(?:^|[\s_-])close(?:$|[\s_-])|닫기|schlie(?:ß|ss)en|fermer|cerrar|chiudi|lukk|stäng/i;

/** A control that turns an offer down (`Nein Danke. Weiter in dieser Ansicht.`, `No thanks`): the box is the offer, an app's or a newsletter's. */
const DECLINE = /^(?:no,? thanks?|nein,? danke|non,? merci|no,? gracias|no,? grazie|nei,? takk|nej,? tack)\b/iu;

/** A button that takes an offer up (`Jetzt abonnieren`, `Subscribe`, `Sign up`): the box around it is the offer. */
const SUBSCRIBE = /^(?:jetzt\s+)?(?:abonnieren|subscribe|sign\s?up|s'abonner|abonnez-vous|suscr[ií]be(?:te)?|iscriviti|prenumerera|abonner)(?:\s+now)?$/iu;

/** Whether a button, link or box inside `el` says only that the reader declines, or a button only that they subscribe. */
function hasDecline(el: DomElement): boolean {
  if ((el.textContent ?? '').length >= 600) return false;
  for (const c of toArray(el.querySelectorAll('button, a, div, span'))) {
    const text = normaliseText(c.textContent ?? '');
    if (text.length >= 60) continue;
    if (c.children.length === 0 && DECLINE.test(text)) return true;
    if (c.tagName.toLowerCase() === 'button' && SUBSCRIBE.test(text)) return true;
  }
  return false;
}

/** A close button's cross (multiplication sign, ballot and heavy X marks). */
const CLOSE_GLYPH = /^[×✕✖✗✘╳]$/u;

/** Whether one of `el`'s own children (or its lone wrapper's: `<div class="...-Tooltip"><div><button>`) is a button that closes it. */
function hasCloseButton(el: DomElement): boolean {
  const elements = toArray(el.childNodes).filter(isElement);
  const wrapped = elements.length === 1 ? toArray(elements[0]!.childNodes).filter(isElement) : [];
  for (const child of [...elements, ...wrapped]) {
    if (child.tagName.toLowerCase() !== 'button') continue;
    const text = normaliseText(child.textContent ?? '');
    // (or whose only text is a cross, the close glyph: `<button>&#10006;</button>` on a tooltip's "Schon gehört?")
    if (CLOSE_GLYPH.test(text) || CLOSE.test(`${child.getAttribute('class') ?? ''} ${child.getAttribute('aria-label') ?? ''} ${child.getAttribute('title') ?? ''} ${text}`)) return true;
  }
  return false;
}

/**
 * Another story's card inside the text: an `<article>` of under 600 characters that links to
 * another page (`<article><h3><a href="/other-story">...</a></h3><div>Its teaser...</div></article>`).
 */
function isTeaserCard(el: DomElement): boolean {
  if (el.getAttribute(CARD) !== null) return true;
  if (el.tagName.toLowerCase() !== 'article') return false;
  // (its words, not its inline stylesheets: CSS-in-JS pages put a <style> before each element)
  const styles = toArray(el.querySelectorAll('style, script')).reduce((n, s) => n + textLength(s), 0);
  if (textLength(el) - styles >= 600) return false;
  return toArray(el.querySelectorAll('a[href]')).some((a) => !/^\s*(?:#|javascript:)/i.test(a.getAttribute('href') ?? ''));
}

/** How many characters `el`'s text has, a run of white space counted as one (a template's indentation is no text). */
function textLength(el: DomElement): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

/** How many characters of `el`'s text are inside links. */
function linkTextLength(el: DomElement): number {
  let n = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) n += textLength(links[i]!);
  return n;
}

/**
 * `paragraphs` without the last ones when they repeat, word for word, one of the first three
 * (at least 80 characters, three or more paragraphs apart, not the one before it too): a page
 * that shows a metered reader the text's start again under the paywall's box.
 */
export function withoutRepeatedStart(paragraphs: string[]): string[] {
  const out = [...paragraphs];
  for (;;) {
    const last = out[out.length - 1];
    const first = last === undefined || last.length < 80 ? -1 : out.slice(0, 3).indexOf(last);
    // (a run of the same paragraph is the text's own, not its start shown again)
    if (first < 0 || out.length - 1 - first < 3 || last === out[out.length - 2]) return out;
    out.pop();
  }
}

/**
 * `paragraphs` without a second copy of a run of them: two or more that start with a paragraph of at
 * least 80 characters seen earlier, word for word, and go on as the earlier one did, not with that
 * paragraph again (a page that prints its text twice, for a slideshow and for the page, both inside
 * the box Readability picks).
 */
export function withoutRepeatedRuns(paragraphs: string[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (let j = 0; j < paragraphs.length; j++) {
    const p = paragraphs[j]!;
    const i = p.length >= 80 ? seen.get(p) : undefined;
    // (the copy goes on while it matches what followed the first; then the text resumes)
    let k = 1;
    while (i !== undefined && j + k < paragraphs.length && i + k < j && paragraphs[i + k] === paragraphs[j + k]) k++;
    // (one paragraph said again is the text's own: a caption under two photos, a refrain, a pull quote; so is a run of one paragraph)
    if (i === undefined || k < 2 || paragraphs[i + 1] === p) {
      if (!seen.has(p)) seen.set(p, j);
      out.push(p);
      continue;
    }
    j += k - 1;
  }
  return out;
}

/** A line that opens with a date and a time of day (`Jan. 2 2015 8:53 PM ...`, `02.01.2015, 20:53 ...`): another story's card in a list. */
const STAMPED = /^(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?(?: at| um| à)? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?\s+\S/iu;
/** A line that ends with its day in brackets (`Jamaika-Aus: Wie viel Inszenierung steckte im FDP-Abgang? (21.11.2017)`): another story's link in a list. */
const STAMPED_AFTER = /\S\s\((?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4})\)$/u;

/**
 * `paragraphs` without the list of other stories that closes them: from the first of three or
 * more lines under 200 characters that open with a date and a time (or end with a day in brackets), to the end, when all that is
 * left is such lines and their section labels (at most four words, no full stop).
 */
export function withoutStampedTeasers(paragraphs: string[]): string[] {
  let start = paragraphs.length;
  let stamped = 0;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i]!;
    if (p.length < 200 && (STAMPED.test(p) || STAMPED_AFTER.test(p))) stamped++;
    else if (!(p.split(/\s+/).length <= 4 && !/[.!?]["”’]?$/u.test(p))) break;
    start = i;
  }
  return stamped >= 3 ? paragraphs.slice(0, start) : paragraphs;
}

/**
 * `paragraphs` without a short label said three times or more (`Women’s World Cup` over each entry
 * of a live blog): a line of two to four words, without a full stop, that the page prints with
 * every card, not a crosshead, which is said once.
 */
export function withoutRepeatedLabels(paragraphs: string[]): string[] {
  const counts = new Map<string, number>();
  // (two words or more: one word said again is a list's or a gallery's own; a credit in brackets or with a slash is a picture's)
  for (const p of paragraphs) if (/^\S+(?: \S+){1,3}$/u.test(p) && !/[.!?:]["”’»]?$|[()/]/u.test(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.values()].some((c) => c >= 3) ? paragraphs.filter((p) => (counts.get(p) ?? 0) < 3) : paragraphs;
}

/** A tag's link alone on its line: one to three words, no sentence mark, short (`Türkiye`, `Gıda Zehirlenmesi`, `brad pitt`). */
const TAG_LINE = /^(?=.{2,30}$)[\p{L}\p{N}'’&-]+(?: [\p{L}\p{N}'’&-]+){0,2}(?: [-|·])?$/u;

/** A person's name in a sign-off: two or three capitalised words. */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+`;
/** A sign-off: the editor's initials (`(dmk)`), an agency's with them (`SDA/sep`), a broadcaster's with its reporters' names (`MDR (Engin Haupt, Alisa Sonntag)`), two reporters' names (`Jane Doe/John Roe`). */
const SIGN_OFF = new RegExp(String.raw`^(?:\(\p{Ll}{2,5}\)|\p{L}{2,8}\/\p{Ll}{2,5}|\p{Lu}[\p{L}.-]{1,20} \(${NAME}(?:, ${NAME}){0,3}\)|${NAME}\/${NAME})$`, 'u');

/**
 * Leaves out a tag list closing the text: four or more tag lines in a row at its very end, the
 * topics a page links under its article (`Haberler`, `Gıda Zehirlenmesi`, `Türkiye`, `Ardahan`);
 * and a sign-off as its last line (SIGN_OFF).
 */
export function withoutClosingTags(paragraphs: string[]): string[] {
  if (paragraphs.length > 1 && SIGN_OFF.test(paragraphs[paragraphs.length - 1]!)) return withoutClosingTags(paragraphs.slice(0, -1));
  let start = paragraphs.length;
  while (start > 0 && TAG_LINE.test(paragraphs[start - 1]!)) start--;
  // (three are as often a closing list the article keeps: Readability's gold has `Hotels`, `Hygiene`, `Reuse content`)
  return paragraphs.length - start >= 4 && start > 0 ? paragraphs.slice(0, start) : paragraphs;
}
