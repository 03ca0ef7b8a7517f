import * as migration_20261204_125352_initial from './20261204_125352_initial';

export const migrations = [
  {
    up: migration_20261204_125352_initial.up,
    down: migration_20261204_125352_initial.down,
    name: '20261204_125352_initial'
  },
];
