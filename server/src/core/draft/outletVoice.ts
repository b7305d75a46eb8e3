// The voice of an institution that publishes its own release: a government department, an agency
// or a statistics office whose page the article was imported from (front matter `outlet`). Its
// figures that no one else is named for are its own; a news outlet's are the article's own voice.
import type { Article } from '../model/article';
import type { DraftActor } from './actors';
import type { DraftContext } from './context';

/** Words that name a public institution ("Department for Work and Pensions", "Stats NZ", "Environment Agency"). */
const INSTITUTION = /\b(?:Department|Ministry|Agency|Bureau|Government|Statistics|Stats|Office|Administration|Commission|Council|Authority|Executive|Treasury|Census|Board|Institutes?)\b/;
/**
 * Words that name a news outlet or a news service, even a government's own ("Army News Service", "Voice of
 * America"); and defence departments, which publish their news services' reporting (American Forces Press
 * Service, DOD News) under the department's name.
 */
const NEWS = /\b(?:News|Press|Voice of America|Wikinews|Global Voices|Times|Post|Herald|Journal|Radio|Television|TV|Broadcasting|Media|Magazine|Gazette|Tribune|Daily|Defense|Defence)\b/i;

/** The institution whose own release the article is, by its front matter's outlet, if the outlet is one. */
export function outletVoiceOf(article: Article, ctx: DraftContext): DraftActor | undefined {
  const outlet = article.meta.outlet?.trim();
  if (!outlet || !INSTITUTION.test(outlet) || NEWS.test(outlet)) return undefined;
  return ctx.actors.resolve(outlet);
}
