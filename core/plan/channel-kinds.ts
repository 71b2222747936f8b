/**
 * A channel's kind (paid, owned or earned): as the plan gives it, else the catalogue's for a
 * channel of the catalogue named in any of planbook's languages ("PPC", "شبکه‌های اجتماعی",
 * "Mạng xã hội"…), else owned, with a warning saying how to say it is bought.
 */
import { CATALOGUE_KINDS } from '../frameworks/channels';
import { LANGUAGES, translator } from '../i18n';
import type { ChannelKind } from './types';

let names: Map<string, ChannelKind> | undefined;

/** Every catalogue channel's name in every language, lower case → its kind. */
function catalogueNames(): Map<string, ChannelKind> {
  if (names) return names;
  names = new Map();
  for (const [id, kind] of Object.entries(CATALOGUE_KINDS)) {
    names.set(id.toLowerCase(), kind);
    for (const language of LANGUAGES)
      names.set(translator(language)(`channel.${id}`).toLowerCase(), kind);
  }
  return names;
}

/** The catalogue's kind for a channel of that name, if it is one of the catalogue's. */
export function catalogueKind(name: string): ChannelKind | undefined {
  return catalogueNames().get(name.trim().toLowerCase());
}
