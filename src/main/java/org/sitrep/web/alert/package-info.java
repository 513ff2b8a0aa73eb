/**
 * Alerts: watches on an area or a surge ({@link org.sitrep.web.alert.Watch}), kept with the delivery outbox in
 * the store's database ({@link org.sitrep.web.alert.WatchStore}), matched against every new or revised event
 * and posted to webhooks ({@link org.sitrep.web.alert.Alerts}); also the watch JSON that the API and
 * {@code sitrep watch} print.
 */
package org.sitrep.web.alert;
