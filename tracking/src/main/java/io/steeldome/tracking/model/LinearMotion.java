package io.steeldome.tracking.model;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A linear {@link MotionModel} seen as a {@link NonlinearMotionModel}: {@code f(x) = F x}, Jacobian {@code F}.
 *
 * @param model the linear model
 * @param components the meaning of each of its state entries
 */
public record LinearMotion(MotionModel model, List<StateComponent> components) implements NonlinearMotionModel {
    public LinearMotion {
        components = List.copyOf(components);
        if (components.size() != model.dimension()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "component list", components.size(), model.dimension());
        }
    }

    /** Wraps a constant-velocity model; its state is {@code [positions, velocities]} over its axes (E, N, U). */
    public static LinearMotion of(ConstantVelocity model) {
        List<StateComponent> c = new ArrayList<>();
        List<StateComponent> positions = List.of(StateComponent.EAST, StateComponent.NORTH, StateComponent.UP);
        List<StateComponent> velocities = List.of(StateComponent.V_EAST, StateComponent.V_NORTH, StateComponent.V_UP);
        c.addAll(positions.subList(0, model.axes()));
        c.addAll(velocities.subList(0, model.axes()));
        return new LinearMotion(model, c);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public RealVector propagate(RealVector x, double dtS) {
        checkState(x);
        return model.transition(dtS).operate(x);
    }

    @Override
    public RealMatrix jacobian(RealVector x, double dtS) {
        checkState(x);
        return model.transition(dtS);
    }

    @Override
    public RealMatrix processNoise(double dtS) {
        return model.processNoise(dtS);
    }

    private void checkState(RealVector x) {
        if (x.getDimension() != dimension()) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "state", x.getDimension(), dimension());
        }
    }
}
