package org.sitrep.spark.internal;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;

/**
 * Events as Spark rows: the Event format's fields as typed columns (evidence as its JSON text), plus the
 * {@code event_month} the output is partitioned by.
 */
public final class EventRows {
    /** The partition column: {@code yyyy-MM} of the event date, or {@value #UNDATED} without a date. */
    public static final String MONTH = "event_month";
    /** The partition value of events without a date. */
    public static final String UNDATED = "undated";

    /** The Parquet schema. */
    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            text("event_id"), DataTypes.createStructField("article_ids",
                    DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("event_date", DataTypes.DateType, true), integer("time_precision"),
            text("event_type"), text("sub_event_type"), text("actor1"), text("actor2"), integer("actor1_type"),
            integer("actor2_type"), text("blamed_on"), text("claimed_by"), text("country"), text("admin1"),
            text("location"), real("latitude"), real("longitude"), integer("geo_precision"), integer("fatalities"),
            integer("injuries"), text("weapon"), text("summary"), text("evidence"), real("confidence"),
            text(MONTH)));

    /** The schema of the JSON Lines output: the partition column and the event's JSON line. */
    public static final StructType LINES = DataTypes.createStructType(List.of(text(MONTH), text("value")));

    private EventRows() {
    }

    /**
     * @param e an event
     * @return its Parquet row
     */
    public static Row row(Event e) {
        return RowFactory.create(e.eventId(), e.articleIds().toArray(String[]::new),
                e.eventDate() == null ? null : Date.valueOf(e.eventDate()), e.timePrecision(), e.eventType(),
                e.subEventType(), e.actor1(), e.actor2(), e.actor1Type(), e.actor2Type(), e.blamedOn(), e.claimedBy(),
                e.country(), e.admin1(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(),
                e.injuries(), e.weapon(), e.summary(), EventJson.write(e.evidence()), e.confidence(), month(e));
    }

    /**
     * @param e an event
     * @return its JSON Lines row
     */
    public static Row line(Event e) {
        return RowFactory.create(month(e), EventJson.write(e));
    }

    /**
     * @param e an event
     * @return its partition value
     */
    public static String month(Event e) {
        return e.eventDate() == null ? UNDATED : e.eventDate().toString().substring(0, 7);
    }

    private static StructField text(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField integer(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, true);
    }

    private static StructField real(String name) {
        return DataTypes.createStructField(name, DataTypes.DoubleType, true);
    }
}
