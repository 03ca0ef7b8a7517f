import * as migration_20261121_213223_initial from './20261121_213223_initial';
import * as migration_20261121_220236_review_workflow_and_rendering from './20261121_220236_review_workflow_and_rendering';
import * as migration_20261121_221215_public_media from './20261121_221215_public_media';
import * as migration_20261121_221940_deliveries_handoff from './20261121_221940_deliveries_handoff';
import * as migration_20261121_223005_oauth_credentials from './20261121_223005_oauth_credentials';
import * as migration_20261121_225041_assist_brand_voice from './20261121_225041_assist_brand_voice';
import * as migration_20261121_225529_poster_templates from './20261121_225529_poster_templates';
import * as migration_20261204_100823_security_doors from './20261204_100823_security_doors';
import * as migration_20261204_124147_wechat_push_ocr_variants from './20261204_124147_wechat_push_ocr_variants';
import * as migration_20261204_124410_content_fingerprint from './20261204_124410_content_fingerprint';
import * as migration_20261204_154854_results from './20261204_154854_results';
import * as migration_20261204_183727_notify_by_email from './20261204_183727_notify_by_email';
import * as migration_20261204_194903_metric_days from './20261204_194903_metric_days';
import * as migration_20261204_213933_matrix_platforms_notes_roles from './20261204_213933_matrix_platforms_notes_roles';
import * as migration_20261205_004128_planning from './20261205_004128_planning';
import * as migration_20261205_010000_default_festivals from './20261205_010000_default_festivals';
import * as migration_20261205_222212_notification_outward from './20261205_222212_notification_outward';
import * as migration_20261207_084103_delivery_title from './20261207_084103_delivery_title';
import * as migration_20261207_205342_delivery_follow_up from './20261207_205342_delivery_follow_up';
import * as migration_20261208_014918_review_log_move_key from './20261208_014918_review_log_move_key';

export const migrations = [
  {
    up: migration_20261121_213223_initial.up,
    down: migration_20261121_213223_initial.down,
    name: '20261121_213223_initial',
  },
  {
    up: migration_20261121_220236_review_workflow_and_rendering.up,
    down: migration_20261121_220236_review_workflow_and_rendering.down,
    name: '20261121_220236_review_workflow_and_rendering',
  },
  {
    up: migration_20261121_221215_public_media.up,
    down: migration_20261121_221215_public_media.down,
    name: '20261121_221215_public_media',
  },
  {
    up: migration_20261121_221940_deliveries_handoff.up,
    down: migration_20261121_221940_deliveries_handoff.down,
    name: '20261121_221940_deliveries_handoff',
  },
  {
    up: migration_20261121_223005_oauth_credentials.up,
    down: migration_20261121_223005_oauth_credentials.down,
    name: '20261121_223005_oauth_credentials',
  },
  {
    up: migration_20261121_225041_assist_brand_voice.up,
    down: migration_20261121_225041_assist_brand_voice.down,
    name: '20261121_225041_assist_brand_voice',
  },
  {
    up: migration_20261121_225529_poster_templates.up,
    down: migration_20261121_225529_poster_templates.down,
    name: '20261121_225529_poster_templates',
  },
  {
    up: migration_20261204_100823_security_doors.up,
    down: migration_20261204_100823_security_doors.down,
    name: '20261204_100823_security_doors',
  },
  {
    up: migration_20261204_124147_wechat_push_ocr_variants.up,
    down: migration_20261204_124147_wechat_push_ocr_variants.down,
    name: '20261204_124147_wechat_push_ocr_variants',
  },
  {
    up: migration_20261204_124410_content_fingerprint.up,
    down: migration_20261204_124410_content_fingerprint.down,
    name: '20261204_124410_content_fingerprint',
  },
  {
    up: migration_20261204_154854_results.up,
    down: migration_20261204_154854_results.down,
    name: '20261204_154854_results',
  },
  {
    up: migration_20261204_183727_notify_by_email.up,
    down: migration_20261204_183727_notify_by_email.down,
    name: '20261204_183727_notify_by_email',
  },
  {
    up: migration_20261204_194903_metric_days.up,
    down: migration_20261204_194903_metric_days.down,
    name: '20261204_194903_metric_days',
  },
  {
    up: migration_20261204_213933_matrix_platforms_notes_roles.up,
    down: migration_20261204_213933_matrix_platforms_notes_roles.down,
    name: '20261204_213933_matrix_platforms_notes_roles',
  },
  {
    up: migration_20261205_004128_planning.up,
    down: migration_20261205_004128_planning.down,
    name: '20261205_004128_planning',
  },
  {
    up: migration_20261205_010000_default_festivals.up,
    down: migration_20261205_010000_default_festivals.down,
    name: '20261205_010000_default_festivals',
  },
  {
    up: migration_20261205_222212_notification_outward.up,
    down: migration_20261205_222212_notification_outward.down,
    name: '20261205_222212_notification_outward',
  },
  {
    up: migration_20261207_084103_delivery_title.up,
    down: migration_20261207_084103_delivery_title.down,
    name: '20261207_084103_delivery_title',
  },
  {
    up: migration_20261207_205342_delivery_follow_up.up,
    down: migration_20261207_205342_delivery_follow_up.down,
    name: '20261207_205342_delivery_follow_up',
  },
  {
    up: migration_20261208_014918_review_log_move_key.up,
    down: migration_20261208_014918_review_log_move_key.down,
    name: '20261208_014918_review_log_move_key'
  },
];
