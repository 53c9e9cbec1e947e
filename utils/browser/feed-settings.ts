// Sites where the user switched the feed chips off (like the badge's switch, kept apart from it).
import { platformPreference } from './settings';

export const feedChipsHiddenOn = platformPreference('local:feedChipsHiddenOn.v1');
