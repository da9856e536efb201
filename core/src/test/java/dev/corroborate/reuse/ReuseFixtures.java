package dev.corroborate.reuse;

/** Fictional news paragraphs written for the reuse tests. */
final class ReuseFixtures {

    static final String[] WIRE = {
        "The island ferry operator was fined 40,000 crowns on Monday for repeatedly sailing late last winter, the transport regulator said in a statement.",
        "The regulator found that a third of sailings in January left more than twenty minutes behind schedule, mostly because of crew shortages on the northern route.",
        "The operator said it would appeal the decision and had already hired twelve more deckhands to cover the spring timetable.",
        "Passenger groups welcomed the fine but said the money should go towards a second vessel rather than into the state budget.",
    };

    static final String UNRELATED = "The eastern extension of the tram network opened to passengers on Thursday, two months earlier "
            + "than planned and slightly under its budget, and trams will run every seven minutes at peak times along the new line.";

    private ReuseFixtures() {
    }

    static String wire() {
        return String.join("\n\n", WIRE);
    }
}
