package network.twincities.ui.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    /** A backend holding the rows 0..total-1 that records each page asked for. */
    private static final class Backend implements Paging.PageLoader<Integer> {
        final int total;
        final List<String> calls = new ArrayList<>();

        Backend(int total) {
            this.total = total;
        }

        @Override
        public Page<Integer> load(int page, int size) {
            calls.add(page + "/" + size);
            int from = Math.min(page * size, total);
            int to = Math.min(from + size, total);
            return new Page<>(IntStream.range(from, to).boxed().toList(), page, size, total);
        }
    }

    @Test
    void anAlignedWindowIsOnePage() {
        Backend backend = new Backend(500);
        assertEquals(IntStream.range(50, 100).boxed().toList(), Paging.window(50, 50, backend));
        assertEquals(List.of("1/50"), backend.calls);
    }

    @Test
    void anUnalignedWindowReadsTheTwoPagesAroundIt() {
        Backend backend = new Backend(500);
        assertEquals(IntStream.range(30, 80).boxed().toList(), Paging.window(30, 50, backend));
        assertEquals(List.of("0/50", "1/50"), backend.calls);
    }

    @Test
    void aLargeWindowIsSplitIntoPagesTheApiAccepts() {
        Backend backend = new Backend(1000);
        assertEquals(IntStream.range(0, 450).boxed().toList(), Paging.window(0, 450, backend));
        assertEquals(List.of("0/200", "1/200", "2/200"), backend.calls);
    }

    @Test
    void stopsAtTheEndOfTheList() {
        Backend backend = new Backend(6);
        assertEquals(IntStream.range(0, 6).boxed().toList(), Paging.window(0, 50, backend));
        assertEquals(List.of("0/50"), backend.calls);
        assertEquals(List.of(), Paging.window(60, 50, new Backend(6)));
    }

    @Test
    void anEmptyWindowReadsNothing() {
        Backend backend = new Backend(6);
        assertEquals(List.of(), Paging.window(0, 0, backend));
        assertEquals(List.of(), backend.calls);
    }

    @Test
    void countIsTheTotal() {
        assertEquals(6, Paging.count(new Page<>(List.of(), 0, 1, 6)));
        assertEquals(Integer.MAX_VALUE, Paging.count(new Page<>(null, 0, 1, 1L << 40)));
    }

    @Test
    void allReadsEveryPageUpToTheCap() {
        java.util.List<Integer> numbers =
                java.util.stream.IntStream.range(0, 450).boxed().toList();
        Paging.PageLoader<Integer> loader = (page, size) -> new Page<>(
                numbers.subList(Math.min(page * size, 450), Math.min((page + 1) * size, 450)), page, size, 450);
        assertEquals(numbers, Paging.all(loader, 1000));
        assertEquals(numbers.subList(0, 300), Paging.all(loader, 300));
        assertEquals(java.util.List.of(), Paging.all((page, size) -> new Page<Integer>(null, page, size, 0), 1000));
    }

    @Test
    void ifMatchQuotesTheVersion() {
        assertEquals("\"3\"", Paging.ifMatch(3L));
        org.junit.jupiter.api.Assertions.assertNull(Paging.ifMatch(null));
    }
}
