import * as migration_20261121_213223_initial from './20261121_213223_initial';

export const migrations = [
  {
    up: migration_20261121_213223_initial.up,
    down: migration_20261121_213223_initial.down,
    name: '20261121_213223_initial'
  },
];
