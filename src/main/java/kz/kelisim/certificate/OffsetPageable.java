package kz.kelisim.certificate;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A page that starts at any row, as Vaadin's lazy grid asks for them (offset and limit, not page numbers). */
record OffsetPageable(long offset, int size, Sort sort) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageable(offset + size, size, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetPageable(Math.max(0, offset - size), size, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetPageable(0, size, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageable((long) pageNumber * size, size, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
