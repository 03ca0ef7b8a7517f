import * as migration_20261204_125352_initial from './20261204_125352_initial';
import * as migration_20261204_154916_results from './20261204_154916_results';
import * as migration_20261204_183743_notify_by_email from './20261204_183743_notify_by_email';
import * as migration_20261204_194929_metric_days from './20261204_194929_metric_days';
import * as migration_20261204_214029_matrix_platforms_notes_roles from './20261204_214029_matrix_platforms_notes_roles';
import * as migration_20261205_004143_planning from './20261205_004143_planning';
import * as migration_20261205_010000_default_festivals from './20261205_010000_default_festivals';
import * as migration_20261205_222243_notification_outward from './20261205_222243_notification_outward';
import * as migration_20261207_084117_delivery_title from './20261207_084117_delivery_title';
import * as migration_20261207_205355_delivery_follow_up from './20261207_205355_delivery_follow_up';
import * as migration_20261208_014930_review_log_move_key from './20261208_014930_review_log_move_key';

export const migrations = [
  {
    up: migration_20261204_125352_initial.up,
    down: migration_20261204_125352_initial.down,
    name: '20261204_125352_initial',
  },
  {
    up: migration_20261204_154916_results.up,
    down: migration_20261204_154916_results.down,
    name: '20261204_154916_results',
  },
  {
    up: migration_20261204_183743_notify_by_email.up,
    down: migration_20261204_183743_notify_by_email.down,
    name: '20261204_183743_notify_by_email',
  },
  {
    up: migration_20261204_194929_metric_days.up,
    down: migration_20261204_194929_metric_days.down,
    name: '20261204_194929_metric_days',
  },
  {
    up: migration_20261204_214029_matrix_platforms_notes_roles.up,
    down: migration_20261204_214029_matrix_platforms_notes_roles.down,
    name: '20261204_214029_matrix_platforms_notes_roles',
  },
  {
    up: migration_20261205_004143_planning.up,
    down: migration_20261205_004143_planning.down,
    name: '20261205_004143_planning',
  },
  {
    up: migration_20261205_010000_default_festivals.up,
    down: migration_20261205_010000_default_festivals.down,
    name: '20261205_010000_default_festivals',
  },
  {
    up: migration_20261205_222243_notification_outward.up,
    down: migration_20261205_222243_notification_outward.down,
    name: '20261205_222243_notification_outward',
  },
  {
    up: migration_20261207_084117_delivery_title.up,
    down: migration_20261207_084117_delivery_title.down,
    name: '20261207_084117_delivery_title',
  },
  {
    up: migration_20261207_205355_delivery_follow_up.up,
    down: migration_20261207_205355_delivery_follow_up.down,
    name: '20261207_205355_delivery_follow_up',
  },
  {
    up: migration_20261208_014930_review_log_move_key.up,
    down: migration_20261208_014930_review_log_move_key.down,
    name: '20261208_014930_review_log_move_key'
  },
];
