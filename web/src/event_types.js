// ACLED's six event types, each with the colour of its markers and bars.
export const EVENT_TYPES = [
  ['Battles', '#d1495b'],
  ['Explosions/Remote violence', '#ed8b00'],
  ['Violence against civilians', '#8f2d56'],
  ['Protests', '#2a7ab0'],
  ['Riots', '#7b4fb8'],
  ['Strategic developments', '#3f8f5a'],
];
const COLOURS = new Map(EVENT_TYPES);
export const colourOf = (type) => COLOURS.get(type) || '#6b7280';
